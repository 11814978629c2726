package io.huike.kernel.refusals;

/** The caller may see the record but not do this to it, e.g. renew another member's calendar feed. */
public final class NotPermitted extends Refusal {

    public NotPermitted(String detail) {
        super("forbidden", detail, null, null);
    }
}
