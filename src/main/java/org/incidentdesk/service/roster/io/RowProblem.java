package org.incidentdesk.service.roster.io;

import org.incidentdesk.domain.common.Violation;

/**
 * One thing wrong in a roster file: the row as a spreadsheet shows it (the header is row 1) and what is wrong
 * with which field, translated by {@code Messages.describe(violation)}.
 */
public record RowProblem(int rowNumber, Violation violation) {
}
