package io.huike.workbench.cases.client;

import java.util.List;

/** One page of a case list and how many cases match over all pages ({@code X-Total-Count}). */
public record CasePage(List<CaseRecord> cases, long total) {}
