package org.incidentdesk.service.warning;

/** One line of the assessment board's checklist: a criterion of a level and whether the facts meet it. */
public record CriterionCheck(String levelId, String criterionId, String text, boolean met) {
}
