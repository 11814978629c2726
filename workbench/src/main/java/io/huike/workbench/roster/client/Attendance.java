package io.huike.workbench.roster.client;

/** Who checks in or out of a shift: the member on duty. */
public record Attendance(String memberId) {}
