package io.huike.reporting.figures;

/**
 * One group's figures.
 *
 * @param key the community id, subdistrict, district, day, month, category or channel; {@code all} when not split
 * @param name the community's name when split by community, otherwise the key
 */
public record FigureRow(String key, String name, Figures figures) {}
