package io.huike.workbench.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The member form as the browser sends it; checkboxes send {@code on} when ticked and nothing otherwise. */
public class MemberForm {

    /** The member's version as the edit page showed it; empty when registering. */
    @RestForm
    public String version;

    @RestForm
    public String name;

    @RestForm
    public String phone;

    @RestForm
    public String kind;

    @RestForm
    public String partyMember;

    @RestForm
    public String unit;

    @RestForm
    public List<String> skills;

    @RestForm
    public String duties;

    @RestForm
    public String active;

    /** The fields as sent, to show them again after a refusal; the skills joined with commas. */
    public Map<String, String> entered() {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("name", Checks.text(name));
        entered.put("phone", Checks.text(phone));
        entered.put("kind", Checks.text(kind));
        entered.put("partyMember", Checks.text(partyMember));
        entered.put("unit", Checks.text(unit));
        entered.put("skills", skills == null ? "" : String.join(",", skills));
        entered.put("duties", Checks.text(duties));
        entered.put("active", Checks.text(active));
        return entered;
    }
}
