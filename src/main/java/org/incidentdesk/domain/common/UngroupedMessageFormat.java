package org.incidentdesk.domain.common;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * {@link MessageFormat} without digit grouping: a row number, a count or a length limit reads "1234", not
 * "1,234", whether the pattern writes it as {@code {0}}, {@code {0,number}} or inside a {@code choice}.
 *
 * <p>A plain {@code {0}} formats a number with the locale's grouping and offers no hook to change that, so each
 * number argument goes in as a {@link PlainNumber}, which is not a {@link Number} and is therefore written by
 * its {@code toString}. The pattern's own formats get the number back through {@link NumberAware}.
 */
final class UngroupedMessageFormat {
    private UngroupedMessageFormat() {
    }

    static String format(String pattern, Locale locale, Object... args) {
        Object[] plainArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plainArgs[i] = args[i] instanceof Number number ? new PlainNumber(number, ungrouped(locale)) : args[i];
        }
        MessageFormat message = new MessageFormat(pattern, locale);
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] != null) {
                formats[i] = new NumberAware(formats[i], locale, args);
            }
        }
        message.setFormats(formats);
        return message.format(plainArgs);
    }

    private static NumberFormat ungrouped(Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setGroupingUsed(false);
        return format;
    }

    /** A number argument that a plain placeholder writes as its digits, without grouping. */
    private record PlainNumber(Number value, String text) {
        PlainNumber(Number value, NumberFormat format) {
            this(value, format.format(value));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A format of the pattern ({@code number}, {@code choice}, {@code date}…) that is handed the original number
     * again; number formats lose their grouping, and a choice's chosen text is formatted the same way as the
     * whole message (MessageFormat's own recursion would group again).
     */
    private static final class NumberAware extends Format {
        private final Format format;
        private final Locale locale;
        private final Object[] args;

        NumberAware(Format format, Locale locale, Object[] args) {
            this.format = withoutGrouping(format);
            this.locale = locale;
            this.args = args;
        }

        private static Format withoutGrouping(Format format) {
            if (format instanceof NumberFormat number && !(format instanceof ChoiceFormat)) {
                NumberFormat copy = (NumberFormat) number.clone();
                copy.setGroupingUsed(false);
                return copy;
            }
            return format;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            Object original = value instanceof PlainNumber plain ? plain.value() : value;
            if (format instanceof ChoiceFormat choice) {
                String chosen = choice.format(original);
                return to.append(chosen.indexOf('{') >= 0 ? UngroupedMessageFormat.format(chosen, locale, args) : chosen);
            }
            return format.format(original, to, position);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
