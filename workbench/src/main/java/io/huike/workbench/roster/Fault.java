package io.huike.workbench.roster;

import io.huike.workbench.layout.Msg;

/**
 * What is wrong with a field of a roster or administration form, found before anything is sent; each page words it
 * in the user's language ({@link #worded}).
 */
public enum Fault {
    /** Nothing was entered. */
    REQUIRED,
    /** Not a date, time or number as the field expects. */
    UNREADABLE,
    /** Longer than the service takes. */
    TOO_LONG,
    /** Not one of the choices the form offered. */
    NOT_OFFERED,
    /** The shift offered in exchange is not the chosen member's. */
    COUNTER_NOT_THEIRS,
    /** Not a phone number: digits, spaces and '-', 5 to 20, an optional leading '+'. */
    PHONE_FORMAT,
    /** Not a shift code: 1 to 16 capital letters or digits. */
    CODE_FORMAT,
    /** Not a deadline: 1h to 240h, or 1wd to 30wd. */
    RULE_FORMAT,
    /** Ends before it starts. */
    ORDER,
    /** Outside the range the service takes. */
    RANGE;

    /** The fault as the page words it next to its field, in the language of the bundles given. */
    public String worded(RosterMsg msg, Msg shared) {
        return switch (this) {
            case REQUIRED -> shared.fieldRequired();
            case UNREADABLE -> shared.fieldUnreadable();
            case TOO_LONG -> msg.faultTooLong();
            case NOT_OFFERED -> msg.faultNotOffered();
            case COUNTER_NOT_THEIRS -> msg.faultCounterNotTheirs();
            case PHONE_FORMAT -> msg.faultPhone();
            case CODE_FORMAT -> msg.faultCode();
            case RULE_FORMAT -> msg.faultRule();
            case ORDER -> msg.faultOrder();
            case RANGE -> msg.faultRange();
        };
    }
}
