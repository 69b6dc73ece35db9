package org.incidentdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers show and read dates as 2026-10-02, as Chinese offices write them, whatever the system locale. */
public final class IsoDates {
    private IsoDates() {
    }

    public static DatePicker picker(LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("2026-10-02");
        return picker;
    }
}
