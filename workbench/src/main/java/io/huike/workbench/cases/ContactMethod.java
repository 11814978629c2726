package io.huike.workbench.cases;

/** How the resident was reached. */
public enum ContactMethod {
    PHONE,
    IN_PERSON,
    HOME_VISIT,
    SMS,
    ONLINE
}
