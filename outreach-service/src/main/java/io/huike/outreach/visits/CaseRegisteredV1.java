package io.huike.outreach.visits;

import java.util.UUID;

/** The fields of {@code case.registered.v1} this service needs to link a concern to its case. */
public record CaseRegisteredV1(UUID caseId, String trackingNumber, UUID concernId) {}
