package org.incidentdesk.domain.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the plan's enums are spelled in a plan file: lower case with hyphens, e.g. {@code four-level}. */
public final class PlanEnums {
    private PlanEnums() {
    }

    public static String spell(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> spell(e).equals(text)).findFirst();
    }

    /** The allowed spellings, for a message: "four-level, three-level, two-tier". */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(PlanEnums::spell).collect(Collectors.joining(", "));
    }
}
