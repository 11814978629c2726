package io.huike.cases.lookup;

import io.huike.cases.Case;
import io.huike.cases.CaseRepository;
import io.huike.cases.TimelineEntry;
import io.huike.kernel.refusals.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A resident looks up their own case without logging in, by its tracking number and the last four digits of the phone
 * number given at registration. Tracking numbers carry the community's code, unique in the district, so the lookup
 * runs across communities: knowing the number and the digits is what scopes it. No such case and wrong digits are
 * refused alike, a case registered without a phone never matches, and {@link LookupLimits} keeps the digits from being
 * guessed.
 */
@ApplicationScoped
public class CaseStatusLookup {

    /** The one answer to "no such case" and "not those digits", so that neither can be told from the other. */
    static final String NO_MATCH = "No case has this tracking number with these last four digits of the phone number";

    /** Compared when there is no phone to compare with, so that a miss takes the same steps as a wrong guess. */
    private static final byte[] NO_DIGITS = "----".getBytes(StandardCharsets.US_ASCII);

    private final CaseRepository cases;
    private final LookupLimits limits;

    CaseStatusLookup(CaseRepository cases, StatusLookupConfig config) {
        this.cases = cases;
        this.limits = new LookupLimits(
                Clock.systemUTC(),
                new LookupLimits.Limit(config.clientLookups(), config.clientWindow()),
                new LookupLimits.Limit(config.numberFailures(), config.numberWindow()));
    }

    /** What a resident may read of their case: its state, its promises and its shareable timeline. */
    public record Found(Case found, List<TimelineEntry> sharedTimeline) {}

    /**
     * The case with this tracking number whose resident's phone ends in {@code lastFour}, if {@code client} and the
     * number have attempts left; a miss counts against the number.
     *
     * @throws LookupsLimited when the client or the number has used up its attempts for now
     * @throws NotFound when no case matches, whichever part does not
     */
    @Transactional
    public Found lookUp(String client, String trackingNumber, String lastFour) {
        String number = normalized(trackingNumber);
        limits.admit(client, number);
        // Across communities on purpose: see the class comment. Read-only, and never more than the answer below.
        List<Case> candidates = cases.getEntityManager()
                .createQuery("from Case c where c.trackingNumber = ?1", Case.class)
                .setParameter(1, number)
                .setMaxResults(10)
                .getResultList();
        Case match = null;
        int matches = 0;
        for (Case candidate : candidates) {
            if (lastFourMatch(candidate.residentPhone(), lastFour)) {
                match = candidate;
                matches++;
            }
        }
        if (candidates.isEmpty()) {
            lastFourMatch(null, lastFour);
        }
        if (matches != 1) {
            limits.failed(number);
            throw new NotFound("no-matching-case", NO_MATCH, null, null);
        }
        return new Found(match, cases.sharedTimeline(match));
    }

    /** Tracking numbers are handed out in capitals; a resident may type them in either case. */
    static String normalized(String trackingNumber) {
        return trackingNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the phone's last four digits are these, compared in constant time; no phone matches nothing. */
    static boolean lastFourMatch(String phone, String lastFour) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        byte[] expected = digits.length() >= 4
                ? digits.substring(digits.length() - 4).getBytes(StandardCharsets.US_ASCII)
                : NO_DIGITS;
        boolean same = MessageDigest.isEqual(expected, lastFour.getBytes(StandardCharsets.US_ASCII));
        return same && expected != NO_DIGITS;
    }
}
