package io.huike.workbench.outreach;

import org.jboss.resteasy.reactive.RestForm;

/** One row of a call list as sent: the outcome (the button pressed) and an optional note. */
public class ContactForm {

    @RestForm
    public String outcome;

    @RestForm
    public String note;
}
