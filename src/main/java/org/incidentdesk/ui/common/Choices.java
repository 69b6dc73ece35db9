package org.incidentdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Text for the items of a combo box the user picks from and never types into. */
public final class Choices {
    private Choices() {
    }

    /** Shows each item (null included: the function decides how "none" reads) as {@code text} gives it. */
    public static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }

    /** As {@link #shownAs}, with null shown as nothing. */
    public static <T> StringConverter<T> named(Function<T, String> name) {
        return shownAs(value -> value == null ? "" : name.apply(value));
    }
}
