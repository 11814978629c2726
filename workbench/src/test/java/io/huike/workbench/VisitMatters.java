package io.huike.workbench;

import io.restassured.specification.RequestSpecification;

/** The matter rows of the reception visit form, which the desk and the paper log send alike: three rows. */
public final class VisitMatters {

    private VisitMatters() {}

    /**
     * The visit form with the first matter row filled in with the category, grid and description given, of normal
     * urgency, and the other two rows left empty.
     */
    public static RequestSpecification oneMatter(
            RequestSpecification visit, String category, String grid, String description) {
        return visit.formParam("matterCategory", category, "", "")
                .formParam("matterUrgency", "NORMAL", "NORMAL", "NORMAL")
                .formParam("matterGrid", grid, "", "")
                .formParam("matterDescription", description, "", "");
    }
}
