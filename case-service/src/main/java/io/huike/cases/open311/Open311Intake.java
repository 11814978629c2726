package io.huike.cases.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What an Open311 request brought beside the case it became: the token its client may look it up by ({@code
 * tokens/{token}}) and the link to its photo ({@code media_url}).
 */
@Entity
@Table(name = "open311_request")
public class Open311Intake {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "media_url", updatable = false)
    private String mediaUrl;

    protected Open311Intake() {}

    static Open311Intake of(UUID caseId, String communityId, String mediaUrl) {
        Open311Intake intake = new Open311Intake();
        intake.caseId = caseId;
        intake.communityId = communityId;
        intake.token = UUID.randomUUID().toString();
        intake.mediaUrl = mediaUrl;
        return intake;
    }

    public UUID caseId() {
        return caseId;
    }

    public String token() {
        return token;
    }

    public String mediaUrl() {
        return mediaUrl;
    }
}
