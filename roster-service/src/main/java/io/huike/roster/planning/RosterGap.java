package io.huike.roster.planning;

import io.huike.roster.shifts.Roster;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A gap of a generated roster, kept so that coverage reports show it until someone fills it. */
@Entity
@Table(name = "roster_gap")
public class RosterGap {

    @Id
    private UUID id;

    @Column(name = "roster_id")
    private UUID rosterId;

    private LocalDate day;

    @Column(name = "shift_code")
    private String shiftCode;

    @Enumerated(EnumType.STRING)
    private GapReason reason;

    protected RosterGap() {}

    public static RosterGap of(Roster roster, Gap gap) {
        RosterGap row = new RosterGap();
        row.id = UUID.randomUUID();
        row.rosterId = roster.id();
        row.day = gap.day();
        row.shiftCode = gap.shiftCode();
        row.reason = gap.reason();
        return row;
    }

    public Gap gap() {
        return new Gap(day, shiftCode, reason);
    }
}
