package io.huike.cases.referencedata;

import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.plumbing.notifications.NotificationListener;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves each community's reference data from this instance's memory, loaded on first use and dropped whenever its
 * rows change: the tables' triggers notify every instance on {@value #CHANNEL} (migration V15), and a writer of this
 * instance drops its copy itself around its commit, so that its own next read sees its change. While this instance
 * is not listening, nothing is kept: every read goes to the database.
 */
@ApplicationScoped
public class CommunityReferenceData {

    /** The notification channel the reference tables' triggers send a changed community's id on. */
    public static final String CHANNEL = "case_reference_data";

    /** How far either side of its loading an entry knows who is on duty; older entries are loaded again. */
    static final Duration DUTY_WINDOW = Duration.ofHours(24);

    // A plain map, not a cache library: one small entry per community of the district (tens to hundreds), so no
    // size bound is needed; entries are dropped by notification, and age out by their duty window, checked on read.
    private final Map<String, CommunityReferences> entries = new ConcurrentHashMap<>();
    // Counts drops. A load keeps what it read only if no drop happened since it began: no lock is held while it
    // reads the database, and a change committed meanwhile cannot leave its older read behind.
    private final AtomicLong drops = new AtomicLong();
    private volatile boolean listening;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private NotificationListener listener;

    CommunityReferenceData(
            EntityManager entityManager,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void listen(@Observes StartupEvent started) {
        listener = new NotificationListener(
                        jdbcUrl, user.orElse(null), password.orElse(null), CHANNEL, new DropOnNotification())
                .start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (listener != null) {
            listener.close();
        }
    }

    /** The community's reference data, good for {@code at}; empty while the roster has not announced it. */
    public Optional<CommunityReferences> of(String community, Instant at) {
        CommunityReferences kept = entries.get(community);
        if (kept != null && kept.covers(at)) {
            return Optional.of(kept);
        }
        long dropsBefore = drops.get();
        CommunityReferences loaded = load(community, at);
        // An unknown community is not kept: ids come from requests, and its announcement notifies anyway.
        if (loaded != null && listening) {
            entries.put(community, loaded);
            if (drops.get() != dropsBefore) {
                entries.remove(community, loaded);
            }
        }
        return Optional.ofNullable(loaded);
    }

    /**
     * Drops this instance's copy of the community's data now, before the caller's transaction commits and again
     * after, so that no read of this instance keeps what the commit replaces; other instances hear the triggers.
     */
    public void changing(String community) {
        drop(community);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                drop(community);
            }

            @Override
            public void afterCompletion(int status) {
                drop(community);
            }
        });
    }

    private void drop(String community) {
        drops.incrementAndGet();
        entries.remove(community);
    }

    private void dropAll() {
        drops.incrementAndGet();
        entries.clear();
    }

    private CommunityReferences load(String community, Instant at) {
        Optional<String> code = entityManager
                .createNativeQuery("select code from known_community where id = ?1")
                .setParameter(1, community)
                .getResultStream()
                .findFirst()
                .map(String.class::cast);
        if (code.isEmpty()) {
            return null;
        }
        Instant from = at.minus(DUTY_WINDOW);
        Instant until = at.plus(DUTY_WINDOW);
        return new CommunityReferences(
                code.get(),
                ids("select grid_id from known_grid where community_id = ?1", community),
                ids("select room_id from known_room where community_id = ?1", community),
                rules(community),
                workingDays(community),
                shifts(community, from, until),
                from,
                until);
    }

    private Set<String> ids(String sql, String community) {
        @SuppressWarnings("unchecked")
        List<String> ids =
                entityManager.createNativeQuery(sql).setParameter(1, community).getResultList();
        return Set.copyOf(ids);
    }

    private Map<CommunityReferences.RuleKey, CommunityReferences.RuleText> rules(String community) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select category, urgency, first_contact, feedback from deadline_rule where community_id = ?1")
                .setParameter(1, community)
                .getResultList();
        Map<CommunityReferences.RuleKey, CommunityReferences.RuleText> rules = new HashMap<>();
        rows.forEach(r -> rules.put(
                new CommunityReferences.RuleKey(Category.valueOf((String) r[0]), Urgency.valueOf((String) r[1])),
                new CommunityReferences.RuleText((String) r[2], (String) r[3])));
        return Map.copyOf(rules);
    }

    private io.huike.kernel.calendar.WorkingDays workingDays(String community) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(
                        "select closed_on, reason from community_closure where community_id = ?1", Tuple.class)
                .setParameter(1, community)
                .getResultList();
        Map<LocalDate, String> closures = new LinkedHashMap<>();
        rows.forEach(r -> closures.put(r.get(0, LocalDate.class), r.get(1, String.class)));
        return closures.isEmpty()
                ? OfficialCalendar.official().workingDays()
                : OfficialCalendar.official().withClosures(closures);
    }

    private List<CommunityReferences.Shift> shifts(String community, Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select s.member_id, s.room_id, s.starts_at, s.ends_at, m.skills
                from duty_shift s join roster_member m on m.member_id = s.member_id
                where s.community_id = ?1 and s.starts_at < ?3 and s.ends_at > ?2 and m.active""")
                .setParameter(1, community)
                .setParameter(2, from)
                .setParameter(3, until)
                .getResultList();
        return rows.stream()
                .map(r -> new CommunityReferences.Shift(
                        (String) r[0], (String) r[1], (Instant) r[2], (Instant) r[3], Set.copyOf(Arrays.asList((String
                                        [])
                                r[4]))))
                .toList();
    }

    /** Keeps nothing while deaf; drops everything when listening starts, and a community when it changes. */
    private final class DropOnNotification implements NotificationListener.Subscriber {

        @Override
        public void listening() {
            dropAll();
            listening = true;
        }

        @Override
        public void notified(String community) {
            drop(community);
        }

        @Override
        public void deaf() {
            listening = false;
            dropAll();
        }
    }
}
