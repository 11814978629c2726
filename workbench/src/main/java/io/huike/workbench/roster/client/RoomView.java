package io.huike.workbench.roster.client;

/** A reception room of a community. */
public record RoomView(String id, String name, String location) {}
