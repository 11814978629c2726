package io.huike.workbench.admin.client;

import java.time.LocalDate;

/** Days a member cannot take duty, both ends included. */
public record LeaveRequest(LocalDate firstDay, LocalDate lastDay, String reason) {}
