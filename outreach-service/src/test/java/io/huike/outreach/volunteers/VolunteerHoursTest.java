package io.huike.outreach.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.refusals.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Volunteer hours add up per person and for the community. */
class VolunteerHoursTest {

    private static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    @Test
    void hoursAddUpPerPersonAndForTheCommunityTheMostFirst() {
        UUID student = UUID.randomUUID();
        UUID member = UUID.randomUUID();

        VolunteerHours hours = VolunteerHours.of(List.of(
                activity(new Serving(student, new BigDecimal("2.5")), new Serving(member, new BigDecimal("1.0"))),
                activity(new Serving(student, new BigDecimal("3.0")))));

        assertThat(hours.activities()).isEqualTo(2);
        assertThat(hours.hours()).isEqualByComparingTo("6.5");
        assertThat(hours.people())
                .extracting(VolunteerHours.PersonHours::volunteerId)
                .containsExactly(student, member);
        assertThat(hours.people().get(0).hours()).isEqualByComparingTo("5.5");
        assertThat(hours.people().get(0).activities()).isEqualTo(2);
    }

    @Test
    void aVolunteerListedTwiceInOneActivityIsRefused() {
        UUID student = UUID.randomUUID();

        assertThatThrownBy(() -> activity(new Serving(student, BigDecimal.ONE), new Serving(student, BigDecimal.ONE)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.violations()).isNotEmpty());
    }

    private static VolunteerActivity activity(Serving... served) {
        return VolunteerActivity.record(
                        "gulou", "暑期四点半课堂", LocalDate.of(2026, 7, 20), null, List.of(served), "admin-li", NOW)
                .activity();
    }
}
