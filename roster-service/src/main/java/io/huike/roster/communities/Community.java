package io.huike.roster.communities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A community (社区) of the district, with the code that prefixes its tracking numbers. */
@Entity
public class Community {

    @Id
    private String id;

    private String name;
    private String code;
    private String subdistrict;
    private String district;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private long sequence;

    @Version
    private long version;

    protected Community() {}

    public static Community register(
            String id, String name, String code, String subdistrict, String district, Instant now) {
        Community community = new Community();
        community.id = id;
        community.name = name;
        community.code = code;
        community.subdistrict = subdistrict;
        community.district = district;
        community.registeredAt = now;
        community.sequence = 1;
        return community;
    }

    /** Renames the community or moves it in the district; returns the event that tells the others. */
    public CommunityUpdated update(String name, String subdistrict, String district) {
        this.name = name;
        this.subdistrict = subdistrict;
        this.district = district;
        sequence++;
        return new CommunityUpdated(id, name, code, subdistrict, district);
    }

    public CommunityRegistered registeredEvent() {
        return new CommunityRegistered(id, name, code, subdistrict, district);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String subdistrict() {
        return subdistrict;
    }

    public String district() {
        return district;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
