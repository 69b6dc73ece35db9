package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "@SUM(A1)|'@SUM(A1)",
            "+A1|'+A1",
            "-A1|'-A1",
            "-(1)|'-(1)",
            "+ 86|'+ 86",
            "'=x|''=x",
            "''=x|'''=x",
            "+86 571 8888 6666|+86 571 8888 6666",
            "-1|-1",
            "-|-",
            "+|+",
            "'abc|'abc",
            "林晓舟|林晓舟",
            "a=b|a=b",
            "``|``"})
    void formulaLikeCellsGetALeadingQuoteAndTheImportTakesItOff(String value, String cell) {
        assertEquals(cell, FormulaGuard.guard(value));
        assertEquals(value, FormulaGuard.unguard(cell));
    }
}
