package io.huike.workbench.roster.client;

/** A grid (网格) of a community. */
public record GridView(String id, String name) {}
