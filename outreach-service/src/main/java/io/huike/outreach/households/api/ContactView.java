package io.huike.outreach.households.api;

import io.huike.kernel.personaldata.PersonalData;
import io.huike.outreach.households.Contact;

/** A household contact as callers see it; the phone is masked unless the caller's role needs it. */
public record ContactView(String name, String relation, String phone) {

    static ContactView of(Contact contact, boolean unmasked) {
        return new ContactView(
                contact.name(),
                contact.relation(),
                unmasked ? contact.phone() : PersonalData.maskPhone(contact.phone()));
    }
}
