package io.huike.workbench.cases.client;

/** A community's case settings: whether closing a case needs its admin. */
public record CaseSettings(Boolean closingRequiresAdmin) {

    public boolean closingNeedsAdmin() {
        return closingRequiresAdmin == null || closingRequiresAdmin;
    }
}
