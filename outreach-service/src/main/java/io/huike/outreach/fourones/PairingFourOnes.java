package io.huike.outreach.fourones;

import java.util.UUID;

/** One pairing's four ones in one year, with whom the pairing joins. */
public record PairingFourOnes(
        UUID pairingId,
        String memberId,
        String memberName,
        UUID householdId,
        String householdName,
        FourOnesYear year) {}
