package io.huike.kernel.personaldata;

import io.huike.kernel.roles.Roles;
import java.util.Set;

/**
 * Residents' phone and ID numbers: shown in full only to roles that work with the resident directly, masked for
 * everyone else, e.g. {@code 138****5678} and {@code 6124**********1234}.
 */
public final class PersonalData {

    /** Roles that call residents back and so see their numbers in full; each such read is audited. */
    public static final Set<String> UNMASKED_ROLES = Set.of(Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN);

    private PersonalData() {}

    public static String maskPhone(String phone) {
        return maskMiddle(phone, 3, 4);
    }

    public static String maskIdNumber(String idNumber) {
        return maskMiddle(idNumber, 4, 4);
    }

    private static String maskMiddle(String value, int keepStart, int keepEnd) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        if (length <= keepStart + keepEnd) {
            return "*".repeat(length);
        }
        return value.substring(0, keepStart)
                + "*".repeat(length - keepStart - keepEnd)
                + value.substring(length - keepEnd);
    }
}
