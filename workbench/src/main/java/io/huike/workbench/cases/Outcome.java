package io.huike.workbench.cases;

/** How a case ended (办理结果), honestly, including when it could not be solved here. */
public enum Outcome {
    RESOLVED,
    PARTLY_RESOLVED,
    NOT_RESOLVABLE,
    REFERRED_ELSEWHERE,
    DUPLICATE,
    RETURNED_TO_HOTLINE
}
