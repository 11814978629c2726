package io.huike.workbench.status;

import io.huike.workbench.status.client.CaseStatusView;

/**
 * The status page: the form (with the number filled in from the slip's QR code), what is wrong with what was
 * entered, the answer when nothing can be shown, and the case's status when it was found.
 *
 * @param message why no status is shown (not found, too many lookups, service away); empty if none
 * @param result the case found; null if none
 */
public record StatusView(String number, String numberError, String phoneError, String message, CaseStatusView result) {

    static StatusView form(String number) {
        return new StatusView(number, "", "", "", null);
    }

    public boolean hasErrors() {
        return !numberError.isEmpty() || !phoneError.isEmpty();
    }
}
