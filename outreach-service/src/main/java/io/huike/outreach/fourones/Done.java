package io.huike.outreach.fourones;

import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;

/** One recorded activity as the four ones rules see it: what, and on which day. */
public record Done(ActivityKind kind, LocalDate on) {}
