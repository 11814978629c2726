package io.huike.workbench.admin;

import io.huike.workbench.admin.client.MemberRecord;
import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The member form's fields as the page fills them in: empty to register (active ticked), the member's details to
 * change them, or what was entered when the form was refused, with the errors. Field ids are {@code member-<name>}.
 */
@TemplateData
public record MemberFields(Map<String, String> values, Set<String> skills, Map<String, String> errors) {

    /** The register form: nothing entered, the member active. */
    public static MemberFields blank(AdminForms forms) {
        return refusedOr(forms, Map.of("active", "on"), Set.of());
    }

    /** The change form, filled with the member's details as roster-service gave them. */
    public static MemberFields of(MemberRecord m, AdminForms forms) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", text(m.name()));
        values.put("phone", text(m.phone()));
        values.put("kind", text(m.kind()));
        values.put("partyMember", m.partyMember() ? "on" : "");
        values.put("unit", text(m.unit()));
        values.put("duties", text(m.duties()));
        values.put("active", m.active() ? "on" : "");
        return refusedOr(forms, values, Set.copyOf(m.skills()));
    }

    private static MemberFields refusedOr(AdminForms forms, Map<String, String> values, Set<String> skills) {
        if (forms.failed(MembersAdminResource.MEMBER_FORM)) {
            Map<String, String> entered = forms.failure().entered();
            Set<String> chosen = Arrays.stream(
                            entered.getOrDefault("skills", "").split(","))
                    .filter(s -> !s.isBlank())
                    .collect(Collectors.toSet());
            return new MemberFields(entered, chosen, forms.failure().fieldErrors());
        }
        return new MemberFields(values, skills, Map.of());
    }

    /** The kinds the form offers, in order. */
    public List<MemberKind> kinds() {
        return List.of(MemberKind.values());
    }

    /** The skills the form offers, in order. */
    public List<Skill> skillChoices() {
        return List.of(Skill.values());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether a checkbox is ticked. */
    public boolean ticked(String field) {
        return "on".equals(values.get(field));
    }

    public boolean chosen(Object kindOrSkill) {
        String name = String.valueOf(kindOrSkill);
        return skills.contains(name) || name.equals(values.get("kind"));
    }

    public boolean hasSkill(Object skill) {
        return skills.contains(String.valueOf(skill));
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
