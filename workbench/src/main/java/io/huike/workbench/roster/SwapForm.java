package io.huike.workbench.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The form asking another member to take one of the user's shifts, as the browser sends it. */
public class SwapForm {

    @RestForm
    public String shiftId;

    @RestForm
    public String toMemberId;

    @RestForm
    public String counterShiftId;

    @RestForm
    public String note;

    /** The month the page showed, to go back to. */
    @RestForm
    public String month;

    /** The fields as sent, to show them again after a refusal. */
    public Map<String, String> entered() {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("toMemberId", text(toMemberId));
        entered.put("counterShiftId", text(counterShiftId));
        entered.put("note", text(note));
        return entered;
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
