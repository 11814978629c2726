package io.huike.kernel.refusals;

/** One field of a request that is at fault, by its JSON path (e.g. {@code category}, {@code cases[1].description}). */
public record FieldViolation(String field, String message) {}
