package io.huike.plumbing.personaldata;

import io.huike.kernel.personaldata.PersonalData;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides, per caller, whether personal data is shown unmasked, and writes each unmasked read to the audit log in
 * the same transaction as the read.
 */
@RequestScoped
public class PersonalDataReads {

    private final EntityManager entityManager;
    private final JsonWebToken token;
    private final CallerScope scope;

    PersonalDataReads(EntityManager entityManager, JsonWebToken token, CallerScope scope) {
        this.entityManager = entityManager;
        this.token = token;
        this.scope = scope;
    }

    /** Whether this caller's role needs residents' numbers in full. */
    public boolean callerSeesUnmasked() {
        Set<String> groups = token.getGroups();
        return groups != null && groups.stream().anyMatch(PersonalData.UNMASKED_ROLES::contains);
    }

    /** Records that the caller was shown these fields of one record unmasked. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordRead(String community, String recordType, String recordId, List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                insert into personal_data_read (id, community_id, record_type, record_id, reader, roles, fields, read_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, community)
                .setParameter(3, recordType)
                .setParameter(4, recordId)
                .setParameter(5, scope.subject())
                .setParameter(6, String.join(",", token.getGroups()))
                .setParameter(7, String.join(",", fields))
                .setParameter(8, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
    }

    /**
     * A page of a community's reads, newest first, read at or after {@code from} and before {@code to} (each may be
     * absent), continuing after {@code after} (the last read of the previous page) when given.
     */
    public Page readsOf(String community, Instant from, Instant to, Cursor after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, record_type, record_id, reader, roles, fields, read_at from personal_data_read
                where community_id = ?1
                  and read_at >= coalesce(cast(?2 as timestamptz), '-infinity')
                  and read_at < coalesce(cast(?3 as timestamptz), 'infinity')
                  and (cast(?4 as timestamptz) is null or (read_at, id) < (cast(?4 as timestamptz), cast(?5 as uuid)))
                order by read_at desc, id desc limit ?6""")
                .setParameter(1, community)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, after == null ? null : after.readAt())
                .setParameter(5, after == null ? null : after.id())
                .setParameter(6, limit + 1)
                .getResultList();
        List<PersonalDataRead> reads = rows.stream()
                .limit(limit)
                .map(r -> new PersonalDataRead(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        List.of(((String) r[4]).split(",")),
                        List.of(((String) r[5]).split(",")),
                        (Instant) r[6]))
                .toList();
        Cursor next = rows.size() > limit ? Cursor.of(reads.get(reads.size() - 1)) : null;
        return new Page(reads, next);
    }

    /** Reads of one page, and where the next page starts if there is one. */
    public record Page(List<PersonalDataRead> reads, Cursor next) {}

    /** The position after one read in the newest-first order: its time, then its id for reads of the same instant. */
    public record Cursor(Instant readAt, UUID id) {

        static Cursor of(PersonalDataRead read) {
            return new Cursor(read.readAt(), read.id());
        }

        /** The read's time in microseconds since the epoch, then its id: {@code 1778029323456789_<uuid>}, URL-safe. */
        public String token() {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, readAt);
            return micros + "_" + id;
        }

        /** The cursor a token names, or {@code null} when it names none. */
        public static Cursor parse(String token) {
            int separator = token.indexOf('_');
            if (separator < 0) {
                return null;
            }
            try {
                long micros = Long.parseLong(token.substring(0, separator));
                return new Cursor(
                        Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(token.substring(separator + 1)));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** One audited read. */
    public record PersonalDataRead(
            UUID id,
            String recordType,
            String recordId,
            String reader,
            List<String> readerRoles,
            List<String> fields,
            Instant readAt) {}
}
