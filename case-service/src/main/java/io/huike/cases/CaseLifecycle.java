package io.huike.cases;

import static io.huike.cases.CaseAction.ANSWER_ESCALATION;
import static io.huike.cases.CaseAction.ANSWER_REFERRAL;
import static io.huike.cases.CaseAction.ASSIGN;
import static io.huike.cases.CaseAction.CLOSE;
import static io.huike.cases.CaseAction.ESCALATE;
import static io.huike.cases.CaseAction.GIVE_FEEDBACK;
import static io.huike.cases.CaseAction.REFER;
import static io.huike.cases.CaseAction.REOPEN;
import static io.huike.cases.CaseAction.RESOLVE;
import static io.huike.cases.CaseAction.RETURN_TO_HOTLINE;
import static io.huike.cases.CaseAction.START;
import static io.huike.kernel.cases.CaseStatus.ASSIGNED;
import static io.huike.kernel.cases.CaseStatus.CLOSED;
import static io.huike.kernel.cases.CaseStatus.ESCALATED;
import static io.huike.kernel.cases.CaseStatus.FEEDBACK_GIVEN;
import static io.huike.kernel.cases.CaseStatus.IN_PROGRESS;
import static io.huike.kernel.cases.CaseStatus.REFERRED;
import static io.huike.kernel.cases.CaseStatus.REGISTERED;
import static io.huike.kernel.cases.CaseStatus.REOPENED;
import static io.huike.kernel.cases.CaseStatus.RESOLVED;

import io.huike.kernel.cases.CaseStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The case state machine: registered → assigned → in progress → resolved → feedback given → closed, with
 * referred (waiting on an outside body) and escalated (on the month-end agenda) while in progress, and reopened
 * when the resident is not satisfied; a 12345 work order that is not the community's may be returned to the hotline
 * before it is resolved. Anything not listed here is refused.
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> TRANSITIONS = new EnumMap<>(CaseStatus.class);

    static {
        allow(REGISTERED, ASSIGN, ASSIGNED);
        allow(ASSIGNED, ASSIGN, ASSIGNED);
        allow(ASSIGNED, START, IN_PROGRESS);
        allow(IN_PROGRESS, ASSIGN, ASSIGNED);
        allow(IN_PROGRESS, REFER, REFERRED);
        allow(IN_PROGRESS, ESCALATE, ESCALATED);
        allow(IN_PROGRESS, RESOLVE, RESOLVED);
        allow(REFERRED, ANSWER_REFERRAL, IN_PROGRESS);
        allow(ESCALATED, ANSWER_ESCALATION, IN_PROGRESS);
        allow(RESOLVED, GIVE_FEEDBACK, FEEDBACK_GIVEN);
        allow(FEEDBACK_GIVEN, CLOSE, CLOSED);
        allow(FEEDBACK_GIVEN, REOPEN, REOPENED);
        allow(CLOSED, REOPEN, REOPENED);
        allow(REOPENED, ASSIGN, ASSIGNED);
        allow(REOPENED, START, IN_PROGRESS);
        for (CaseStatus before : new CaseStatus[] {REGISTERED, ASSIGNED, IN_PROGRESS}) {
            allow(before, RETURN_TO_HOTLINE, CLOSED);
        }
    }

    private CaseLifecycle() {}

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The actions allowed in a status, each with the status it leads to. */
    public static Map<CaseAction, CaseStatus> allowed(CaseStatus from) {
        return Collections.unmodifiableMap(TRANSITIONS.getOrDefault(from, Map.of()));
    }

    /** The actions allowed in a status to a case; returning to the hotline only to a 12345 work order. */
    public static Map<CaseAction, CaseStatus> allowed(CaseStatus from, boolean workOrder) {
        if (workOrder) {
            return allowed(from);
        }
        Map<CaseAction, CaseStatus> allowed = new EnumMap<>(CaseAction.class);
        allowed.putAll(allowed(from));
        allowed.remove(RETURN_TO_HOTLINE);
        return Collections.unmodifiableMap(allowed);
    }

    /** The status an action leads to, or a refusal naming what is allowed instead. */
    public static CaseStatus next(CaseStatus from, CaseAction action) {
        return next(from, action, true);
    }

    /** The status an action leads a case to, or a refusal naming what is allowed to that case instead. */
    public static CaseStatus next(CaseStatus from, CaseAction action, boolean workOrder) {
        Map<CaseAction, CaseStatus> allowed = allowed(from, workOrder);
        CaseStatus to = allowed.get(action);
        if (to == null) {
            throw new TransitionRefused(from, action, allowed);
        }
        return to;
    }
}
