package org.incidentdesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Numbers and dates the way 公文 write them. */
public final class ChineseNumbers {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 Arabic digits. */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (units > 0) {
            text.append(DIGITS.charAt(units));
        }
        return text.toString();
    }

    /** 成文日期 and 印发日期 (GB/T 9704 7.3.5.4): Arabic numerals, full year, no leading zeros: 2026年7月8日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A moment in a report: 2026年11月30日18时05分 (minutes always two digits, as 24-hour times are written). */
    public static String dateTime(LocalDateTime moment) {
        return date(moment.toLocalDate()) + moment.getHour() + "时" + String.format("%02d", moment.getMinute()) + "分";
    }
}
