package io.huike.roster.rosters;

import java.time.LocalDate;
import java.util.UUID;

/** One member put on one shift of one day. */
public record Assignment(LocalDate day, String shiftCode, UUID memberId) {}
