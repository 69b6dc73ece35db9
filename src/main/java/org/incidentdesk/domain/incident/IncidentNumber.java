package org.incidentdesk.domain.incident;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people say on the phone: the year and the office's running number in that year, e.g. 2026-017.
 * Numbers are allocated without gaps inside the transaction that creates the incident.
 */
public record IncidentNumber(int year, int sequence) implements Comparable<IncidentNumber> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{1,6})");

    public IncidentNumber {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("incident number " + year + "-" + sequence);
        }
    }

    /** "2026-017"; at least three digits for the running number. */
    @Override
    public String toString() {
        return String.format("%d-%03d", year, sequence);
    }

    /** Reads "2026-017" (or "2026-17"); empty when the text is not a number of this shape. */
    public static Optional<IncidentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int sequence = Integer.parseInt(m.group(2));
        return sequence < 1 ? Optional.empty() : Optional.of(new IncidentNumber(Integer.parseInt(m.group(1)), sequence));
    }

    @Override
    public int compareTo(IncidentNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }
}
