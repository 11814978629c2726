package io.huike.workbench.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The room form as the browser sends it. Each shift row sends all four of its fields, so the lists line up by row:
 * the i-th code, name, start and end belong to the i-th row.
 */
public class RoomForm {

    /** Shift rows the form offers. */
    public static final int ROWS = 4;

    @RestForm
    public String name;

    @RestForm
    public String location;

    @RestForm
    public List<String> shiftCode;

    @RestForm
    public List<String> shiftName;

    @RestForm
    public List<String> shiftStartsAt;

    @RestForm
    public List<String> shiftEndsAt;

    /** The rows with anything entered, by their index on the form. */
    List<Integer> filledRows() {
        int rows =
                Math.max(Math.max(size(shiftCode), size(shiftName)), Math.max(size(shiftStartsAt), size(shiftEndsAt)));
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (!(Checks.text(at(shiftCode, i))
                            + Checks.text(at(shiftName, i))
                            + Checks.text(at(shiftStartsAt, i))
                            + Checks.text(at(shiftEndsAt, i)))
                    .isEmpty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** The fields as sent, by the field names the checks use ({@code shift-0-code}), to show them again. */
    public Map<String, String> entered() {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("name", Checks.text(name));
        entered.put("location", Checks.text(location));
        for (int i = 0; i < ROWS; i++) {
            entered.put("shift-" + i + "-code", Checks.text(at(shiftCode, i)));
            entered.put("shift-" + i + "-name", Checks.text(at(shiftName, i)));
            entered.put("shift-" + i + "-startsAt", Checks.text(at(shiftStartsAt, i)));
            entered.put("shift-" + i + "-endsAt", Checks.text(at(shiftEndsAt, i)));
        }
        return entered;
    }

    static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }
}
