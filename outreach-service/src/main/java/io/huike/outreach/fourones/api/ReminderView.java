package io.huike.outreach.fourones.api;

import io.huike.outreach.fourones.Reminder;
import io.huike.outreach.fourones.ReminderUrgency;
import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reminder to a pairing's member: what is still owed, by when, how urgently. */
@Schema(example = """
        {"pairingId":"9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a","memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         "memberName":"王建国","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","householdName":"马大爷",
         "owing":["RECEPTION_INTERVIEW","STUDY_DELIVERY"],"deadline":"2026-12-31","daysPerOne":21,"urgency":"SOON"}""")
public record ReminderView(
        UUID pairingId,
        String memberId,
        String memberName,
        UUID householdId,
        String householdName,
        Set<ActivityKind> owing,
        LocalDate deadline,
        long daysPerOne,
        ReminderUrgency urgency) {

    static ReminderView of(Reminder r) {
        return new ReminderView(
                r.pairing().pairingId(),
                r.pairing().memberId(),
                r.pairing().memberName(),
                r.pairing().householdId(),
                r.pairing().householdName(),
                r.owing(),
                r.deadline(),
                r.daysPerOne(),
                r.urgency());
    }
}
