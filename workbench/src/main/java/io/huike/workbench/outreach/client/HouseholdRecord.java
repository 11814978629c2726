package io.huike.workbench.outreach.client;

import java.util.List;

/**
 * A household in difficulty as outreach-service shows it; the contacts' phones are masked unless the user's role
 * needs them in full.
 */
public record HouseholdRecord(
        String id,
        String name,
        HouseholdKind kind,
        String address,
        String gridId,
        String needs,
        String status,
        List<Contact> contacts) {

    public List<Contact> contacts() {
        return contacts == null ? List.of() : contacts;
    }

    /** Someone to call about the household. */
    public record Contact(String name, String relation, String phone) {}
}
