package io.huike.cases;

/** How a case ended (办理结果), honestly, including when it could not be solved here. */
public enum Outcome {
    RESOLVED,
    PARTLY_RESOLVED,
    NOT_RESOLVABLE,
    REFERRED_ELSEWHERE,
    DUPLICATE,
    /** A 12345 work order returned to the hotline as not this community's (退单); not counted as handled here. */
    RETURNED_TO_HOTLINE
}
