package io.huike.roster.communities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

/** A grid (网格) of a community: the smallest unit of grid management, named on cases and visits. */
@Entity
public class Grid {

    /** A grid's identity: its id is unique within its community. */
    @Embeddable
    public record Key(@Column(name = "community_id") String communityId, String id) implements Serializable {}

    @EmbeddedId
    private Key key;

    private String name;
    private String description;

    protected Grid() {}

    public static Grid draw(String communityId, String id, String name, String description) {
        Grid grid = new Grid();
        grid.key = new Key(communityId, id);
        grid.name = name;
        grid.description = description;
        return grid;
    }

    public String communityId() {
        return key.communityId();
    }

    public String id() {
        return key.id();
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
