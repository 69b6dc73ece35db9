package org.incidentdesk.service.importing;

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
            "+86 571 8888 6666|'+86 571 8888 6666",
            "+86 138 0000 1234|'+86 138 0000 1234",
            "`+1+cmd|' /C calc'!A0`|`'+1+cmd|' /C calc'!A0`",
            "`-1+cmd|' /C calc'!A0`|`'-1+cmd|' /C calc'!A0`",
            "-1|'-1",
            "-|'-",
            "+|'+",
            "`\t=1`|`'\t=1`",
            "'abc|'abc",
            "林晓舟|林晓舟",
            "a=b|a=b",
            "``|``"})
    void formulaLikeCellsGetALeadingQuoteAndTheImportTakesItOff(String value, String cell) {
        String typed = value.replace("\\t", "\t");
        String written = cell.replace("\\t", "\t");
        assertEquals(written, FormulaGuard.guard(typed));
        assertEquals(typed, FormulaGuard.unguard(written));
    }

    @ParameterizedTest(name = "a cell starting with U+{0} is guarded")
    @CsvSource({"3D", "2B", "2D", "40", "09", "0D"})
    void everyStartOwaspNamesIsGuarded(String hex) {
        String value = (char) Integer.parseInt(hex, 16) + "1+cmd|' /C calc'!A0";

        assertEquals("'" + value, FormulaGuard.guard(value));
        assertEquals(value, FormulaGuard.unguard(FormulaGuard.guard(value)));
    }
}
