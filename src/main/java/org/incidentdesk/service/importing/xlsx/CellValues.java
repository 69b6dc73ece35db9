package org.incidentdesk.service.importing.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Turning the stored value of a number or date cell into the text an importer gets. */
final class CellValues {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE][-+]?\\d{1,4})?");
    /** More digits than this before or after the point are no phone number, count or date anyone typed. */
    private static final int MAX_DIGITS = 30;
    private static final double MAX_SERIAL = 2_958_466; // 10000-01-01

    private CellValues() {
    }

    /**
     * A number as the digits a user typed: Excel keeps a mobile number typed into a General cell as a number and
     * may write it as {@code 1.3800001234E10}. Null when it is no number or has more than 30 digits either side.
     */
    static String plainNumber(String stored) {
        if (stored == null || !NUMBER.matcher(stored.strip()).matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(stored.strip()).stripTrailingZeros();
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            return null;
        }
        return number.signum() == 0 ? "0" : number.toPlainString();
    }

    /** A date cell's serial number as ISO text ("2024-01-01", or "2024-01-01T08:30" with a time); null when out of range. */
    static String serialDate(String stored, boolean date1904) {
        String plain = plainNumber(stored);
        if (plain == null) {
            return null;
        }
        double serial = Double.parseDouble(plain);
        if (!(serial >= 0 && serial < MAX_SERIAL)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        LocalDate base = date1904 ? LocalDate.of(1904, 1, 1)
                : days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        LocalDateTime when = base.plusDays(days).atStartOfDay().plusSeconds(seconds);
        return iso(when);
    }

    /** A {@code t="d"} cell's ISO 8601 value, checked; null when it is no date. */
    static String isoDate(String stored) {
        if (stored == null) {
            return null;
        }
        String text = stored.strip();
        try {
            return text.length() <= 10 ? LocalDate.parse(text).toString() : iso(LocalDateTime.parse(text.replace("Z", "")));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String iso(LocalDateTime when) {
        return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString() : when.toString();
    }
}
