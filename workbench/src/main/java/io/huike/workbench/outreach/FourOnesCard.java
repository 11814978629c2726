package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.MemberFourOnes;
import io.huike.workbench.outreach.client.PairingRecord;
import io.quarkus.qute.TemplateData;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A household the member is paired with, as a card on the phone: each of the four ones (四个一) done this year (on
 * which day) or still owed. A one counts as done only when outreach-service says on which day it was done; whatever
 * else it owes is owed, so that a card never shows a one as done that the year's progress does not hold.
 */
@TemplateData
public record FourOnesCard(String pairingId, String householdId, String householdName, List<One> ones) {

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    /** One of the four ones: done on a day, or owed ({@code doneOn} null). */
    public record One(ActivityKind kind, LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }
    }

    /** The card of a pairing whose year's progress is known. */
    public static FourOnesCard of(MemberFourOnes.PairingFourOnes progress) {
        Map<ActivityKind, LocalDate> done = progress.done();
        List<One> ones = ActivityKind.FOUR_ONES.stream()
                .map(kind -> new One(kind, done.get(kind)))
                .toList();
        return new FourOnesCard(progress.pairingId(), progress.householdId(), progress.householdName(), ones);
    }

    /** The card of a running pairing with nothing recorded for it this year: all four owed. */
    public static FourOnesCard nothingYet(PairingRecord pairing) {
        List<One> ones =
                ActivityKind.FOUR_ONES.stream().map(kind -> new One(kind, null)).toList();
        return new FourOnesCard(pairing.id(), pairing.householdId(), null, ones);
    }

    /**
     * The cards of the member's running pairings, each with its progress in the year: those owing most first, then
     * by the household's name. Pairings that ended are not shown; their ones are no longer asked for.
     */
    public static List<FourOnesCard> forMember(List<PairingRecord> pairings, MemberFourOnes progress) {
        Map<String, MemberFourOnes.PairingFourOnes> byPairing = progress == null
                ? Map.of()
                : progress.pairings().stream()
                        .filter(p -> p.pairingId() != null)
                        .collect(Collectors.toMap(
                                MemberFourOnes.PairingFourOnes::pairingId, Function.identity(), (a, b) -> a));
        return pairings.stream()
                .filter(PairingRecord::active)
                .map(p -> Optional.ofNullable(byPairing.get(p.id()))
                        .map(FourOnesCard::of)
                        .orElseGet(() -> nothingYet(p)))
                .sorted(Comparator.comparingInt(FourOnesCard::owed)
                        .reversed()
                        .thenComparing(c -> c.householdName() == null ? "" : c.householdName(), CHINESE))
                .toList();
    }

    /** How many of the four are still owed this year. */
    public int owed() {
        return (int) ones.stream().filter(one -> !one.done()).count();
    }

    public int doneCount() {
        return ones.size() - owed();
    }

    public boolean complete() {
        return owed() == 0;
    }

    /** Whether this kind of activity is one of the four still owed. */
    public boolean owes(Object kind) {
        return ones.stream().anyMatch(one -> !one.done() && one.kind().name().equals(String.valueOf(kind)));
    }

    /** The ones still owed, in the order of the four. */
    public List<ActivityKind> owedKinds() {
        return ones.stream().filter(one -> !one.done()).map(One::kind).toList();
    }

    /** The ones still owed by all the cards together. */
    public static int owedByAll(List<FourOnesCard> cards) {
        return cards.stream().mapToInt(FourOnesCard::owed).sum();
    }

    /** The ones done by all the cards together. */
    public static int doneByAll(List<FourOnesCard> cards) {
        return cards.stream().mapToInt(FourOnesCard::doneCount).sum();
    }
}
