package io.huike.outreach.households;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person to phone for a household: the resident or a relative. Personal data. */
@Embeddable
public class Contact {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String relation;

    @Column(nullable = false)
    private String phone;

    protected Contact() {}

    public Contact(String name, String relation, String phone) {
        this.name = name;
        this.relation = relation;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String relation() {
        return relation;
    }

    public String phone() {
        return phone;
    }
}
