package io.huike.workbench.paperlog;

import org.jboss.resteasy.reactive.RestForm;

/** A single case from the paper log as the browser sends it; {@code occurredAt} from a {@code datetime-local}. */
public class CaseEntryForm {

    @RestForm
    public String occurredAt;

    @RestForm
    public String channel;

    @RestForm
    public String category;

    @RestForm
    public String urgency;

    @RestForm
    public String gridId;

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String residentName;

    @RestForm
    public String residentPhone;
}
