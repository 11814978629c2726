package io.huike.outreach.visits;

import java.util.UUID;

/** The field of {@code case.reopened.v1} this service needs: which case is open again. */
public record CaseReopenedV1(UUID caseId) {}
