package com.creditline.risk.grading.model;

/** What set a grade: an approved application, the behaviour score after end of day, an officer's review. */
public enum GradeSource {
    APPLICATION,
    BEHAVIOUR,
    REVIEW
}
