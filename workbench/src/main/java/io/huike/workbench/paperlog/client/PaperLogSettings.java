package io.huike.workbench.paperlog.client;

/** The community's case setting the paper log needs: how many days back it may be typed in. */
public record PaperLogSettings(Integer paperLogMaxAgeDays) {}
