package io.huike.outreach.campaigns;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A notification campaign (逐人排查): a list of people to contact for one purpose, by a due date. */
@Entity
@Table(name = "notification_campaign")
public class NotificationCampaign {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    private String title;
    private String purpose;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** The version its events carry; one more with every contact recorded. */
    private long sequence;

    @Version
    private long version;

    protected NotificationCampaign() {}

    /** Starts a campaign over its list; the list is fixed from now on. */
    public static Launch launch(
            String communityId,
            String title,
            String purpose,
            LocalDate dueDate,
            List<Person> people,
            String createdBy,
            Instant now) {
        if (people.isEmpty()) {
            throw new InvalidInput(List.of(new FieldViolation("targets", "must name at least one person")));
        }
        NotificationCampaign c = new NotificationCampaign();
        c.id = UUID.randomUUID();
        c.communityId = communityId;
        c.title = title;
        c.purpose = purpose;
        c.dueDate = dueDate;
        c.createdBy = createdBy;
        c.createdAt = now;
        List<NotificationTarget> targets = new ArrayList<>();
        for (Person person : people) {
            targets.add(new NotificationTarget(
                    c.id, targets.size(), person.householdId(), person.residentName(), person.gridId()));
        }
        return new Launch(c, targets);
    }

    /** Records a contact with someone on the list; the event is what the outbox publishes. */
    public Contacting contact(
            NotificationTarget target, ContactOutcome outcome, String note, String contactedBy, Instant contactedAt) {
        CampaignContact contact = new CampaignContact(id, target.id(), outcome, note, contactedBy, contactedAt);
        sequence++;
        return new Contacting(
                contact,
                new CampaignContactRecorded(id, target.id(), target.householdId(), outcome, contactedBy, contactedAt));
    }

    /** Someone to contact: a registered household, or a resident by name and grid. */
    public record Person(UUID householdId, String residentName, String gridId) {}

    /** A new campaign and its list. */
    public record Launch(NotificationCampaign campaign, List<NotificationTarget> targets) {}

    /** A new contact together with the event that announces it. */
    public record Contacting(CampaignContact contact, CampaignContactRecorded event) {}

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long sequence() {
        return sequence;
    }
}
