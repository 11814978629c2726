package io.huike.plumbing.personaldata;

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

    /** The newest reads of a community's personal data first. */
    public List<PersonalDataRead> readsOf(String community, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select record_type, record_id, reader, roles, fields, read_at from personal_data_read
                where community_id = ?1 order by read_at desc limit ?2""")
                .setParameter(1, community)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new PersonalDataRead(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        List.of(((String) r[3]).split(",")),
                        List.of(((String) r[4]).split(",")),
                        (Instant) r[5]))
                .toList();
    }

    /** One audited read. */
    public record PersonalDataRead(
            String recordType,
            String recordId,
            String reader,
            List<String> readerRoles,
            List<String> fields,
            Instant readAt) {}
}
