package io.huike.cases.deadlines;

import io.huike.cases.Case;
import io.huike.cases.CaseOverdue;
import io.huike.cases.CaseRepository;
import io.huike.cases.TimelineEntry;
import io.huike.cases.TimelineKind;
import io.huike.plumbing.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Announces each passed deadline once: {@code case.overdue} for the first contact and for the feedback. Cases are
 * locked while announced and rows another instance holds are skipped, so several instances never announce twice.
 */
@ApplicationScoped
public class OverdueWatch {

    private static final int BATCH = 200;

    /** Who the timeline and a stale edit name for the flags this watch sets. */
    static final String DEADLINE_WATCH = "deadline-watch";

    private final CaseRepository cases;
    private final Outbox outbox;

    OverdueWatch(CaseRepository cases, Outbox outbox) {
        this.cases = cases;
        this.outbox = outbox;
    }

    @Scheduled(
            every = "${huike.cases.overdue-scan:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        while (announce(now) == BATCH) {
            // A full batch may leave more behind.
        }
    }

    /** Announces the deadlines passed by {@code now}; returns how many cases it looked at. */
    @Transactional
    public int announce(Instant now) {
        var due = cases.overdueNotYetAnnounced(now, BATCH);
        for (Case c : due) {
            Optional<CaseOverdue> passed;
            while ((passed = c.markOverdue(now)).isPresent()) {
                CaseOverdue event = passed.get();
                c.changedBy(DEADLINE_WATCH, now);
                cases.getEntityManager()
                        .persist(new TimelineEntry(
                                c,
                                now,
                                DEADLINE_WATCH,
                                TimelineKind.ACTION,
                                false,
                                event.deadline() + " deadline of " + event.dueAt()
                                        + " passed; flagged for supervision"));
                outbox.append(c.id().toString(), c.communityId(), c.sequence(), event);
            }
        }
        return due.size();
    }
}
