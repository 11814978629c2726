package io.huike.workbench.desk;

import io.huike.workbench.cases.Category;
import java.time.Instant;

/**
 * The slip handed to the resident for one case: its tracking number, what happens next and by when (the promises
 * of first contact and feedback), and how to look it up (the status page's address and a QR code of it with the
 * number filled in). Nothing about the resident is on it.
 */
public record Slip(
        String caseId,
        String trackingNumber,
        Category category,
        String title,
        Instant registeredAt,
        Instant firstContactDue,
        Instant feedbackDue,
        String statusPage,
        String lookupUrl,
        String qrSvg) {}
