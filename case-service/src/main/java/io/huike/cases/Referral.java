package io.huike.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A hand-over of a case to an outside body (转办), with the body's reply once it comes. */
@Entity
@Table(name = "case_referral")
public class Referral {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "community_id")
    private String communityId;

    private String body;
    private String contact;

    @Column(name = "their_reference")
    private String theirReference;

    @Column(name = "expected_reply_by")
    private LocalDate expectedReplyBy;

    @Column(name = "referred_at")
    private Instant referredAt;

    @Column(name = "referred_by")
    private String referredBy;

    private String answer;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "answer_recorded_at")
    private Instant answerRecordedAt;

    protected Referral() {}

    public Referral(
            UUID id,
            Case c,
            String body,
            String contact,
            String theirReference,
            LocalDate expectedReplyBy,
            String referredBy,
            Instant now) {
        this.id = id;
        this.caseId = c.id();
        this.communityId = c.communityId();
        this.body = body;
        this.contact = contact;
        this.theirReference = theirReference;
        this.expectedReplyBy = expectedReplyBy;
        this.referredBy = referredBy;
        this.referredAt = now;
    }

    /** Records the body's reply; the time it replied is kept apart from the time it was recorded here. */
    public void answer(String text, Instant replied, Instant now) {
        if (answer != null) {
            throw new CaseRuleViolation("referral", "this referral was answered already");
        }
        this.answer = text;
        this.repliedAt = replied;
        this.answerRecordedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String body() {
        return body;
    }

    public String contact() {
        return contact;
    }

    public String theirReference() {
        return theirReference;
    }

    public LocalDate expectedReplyBy() {
        return expectedReplyBy;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public String referredBy() {
        return referredBy;
    }

    public String answer() {
        return answer;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant answerRecordedAt() {
        return answerRecordedAt;
    }
}
