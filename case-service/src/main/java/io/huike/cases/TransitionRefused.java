package io.huike.cases;

import io.huike.kernel.cases.CaseStatus;
import java.util.Map;

/** An action that the case's current status does not allow; the case is left unchanged. */
public class TransitionRefused extends RuntimeException {

    private final CaseStatus current;
    private final CaseAction action;
    private final Map<CaseAction, CaseStatus> allowed;

    public TransitionRefused(CaseStatus current, CaseAction action, Map<CaseAction, CaseStatus> allowed) {
        super("A case that is " + current + " cannot be " + action);
        this.current = current;
        this.action = action;
        this.allowed = Map.copyOf(allowed);
    }

    public CaseStatus current() {
        return current;
    }

    public CaseAction action() {
        return action;
    }

    public Map<CaseAction, CaseStatus> allowed() {
        return allowed;
    }
}
