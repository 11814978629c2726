package io.huike.workbench.roster;

/**
 * What is wrong with a field of a roster or administration form, found before anything is sent; each page words it
 * in the user's language ({@code RosterMsg.fault}).
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
    RANGE
}
