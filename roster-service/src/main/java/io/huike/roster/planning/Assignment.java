package io.huike.roster.planning;

import java.time.LocalDate;
import java.util.UUID;

/** One member put on one shift of one day. */
record Assignment(LocalDate day, String shiftCode, UUID memberId) {}
