package io.huike.workbench.desk;

import io.quarkus.qute.TemplateData;

/**
 * One matter row of the visit form, as shown: what was entered and what is wrong with it. Its index makes its
 * fields' ids ({@code matter-2-description}); the fields' names are the same in every row.
 */
@TemplateData
public record MatterRow(
        int index,
        String category,
        String urgency,
        String grid,
        String description,
        String categoryError,
        String descriptionError,
        String gridError) {

    public static MatterRow empty(int index) {
        return new MatterRow(index, "", "NORMAL", "", "", "", "", "");
    }

    /** The row's number as people count, from 1. */
    public int number() {
        return index + 1;
    }

    /** A row left empty is not a matter: it is skipped when the visit is saved. */
    public boolean isEmpty() {
        return category.isBlank() && description.isBlank();
    }

    public boolean hasCategory(Object option) {
        return String.valueOf(option).equals(category);
    }

    public boolean hasUrgency(Object option) {
        return String.valueOf(option).equals(urgency);
    }

    public boolean hasGrid(String option) {
        return option != null && option.equals(grid);
    }

    MatterRow withErrors(String categoryError, String descriptionError, String gridError) {
        return new MatterRow(index, category, urgency, grid, description, categoryError, descriptionError, gridError);
    }

    /** The id of the row's field for a field of case-service's matter ({@code gridId} is the row's grid). */
    String fieldId(String field) {
        String own = switch (field) {
            case "category" -> "category";
            case "gridId" -> "grid";
            case "urgency" -> "urgency";
            default -> "description";
        };
        return "matter-" + index + "-" + own;
    }
}
