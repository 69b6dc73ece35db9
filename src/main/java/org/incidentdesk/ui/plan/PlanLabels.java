package org.incidentdesk.ui.plan;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PlanEnums;

/** How plan values read in the workspace: enum names in words, level ids as level names, origins as tags. */
final class PlanLabels {
    private final Messages messages;

    PlanLabels(Messages messages) {
        this.messages = messages;
    }

    String of(Enum<?> value) {
        return value == null ? ""
                : messages.get("plan.enum." + value.getDeclaringClass().getSimpleName() + "." + PlanEnums.spell(value));
    }

    /** 原文 or 默认, so the office sees which parts the template filled in itself. */
    String origin(Origin origin) {
        return origin != null && origin.defaulted() ? messages.get("planui.origin.default") : messages.get("planui.origin.text");
    }

    String levels(ContingencyPlan plan, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("planui.all");
        }
        return ids.stream().map(id -> plan.level(id).map(l -> l.name()).orElse(id)).collect(Collectors.joining("、"));
    }

    String categories(ContingencyPlan plan, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("planui.all");
        }
        return ids.stream().map(id -> plan.category(id).map(c -> c.name()).orElse(id)).collect(Collectors.joining("、"));
    }

    <E extends Enum<E>> ComboBox<E> enumCombo(Class<E> type) {
        ComboBox<E> combo = new ComboBox<>();
        combo.getItems().setAll(type.getEnumConstants());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : of(item));
            }
        });
        return combo;
    }
}
