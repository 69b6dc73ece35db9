package org.incidentdesk.ui.warning;

import javafx.beans.binding.Bindings;
import org.incidentdesk.ui.common.LevelColours;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Icons;

/**
 * The shell's view of {@link OfficeWarningViewModel}: a coloured badge beside the title and a banner line under
 * the header while a sensitive period is in force. Built anew for each language; they follow the ViewModel
 * through bindings, which the toolkit holds weakly, so a replaced header is not kept alive.
 */
public final class OfficeWarningHeader {
    private OfficeWarningHeader() {
    }

    public static Node badge(OfficeWarningViewModel model, Messages messages) {
        Label badge = new Label(null, Icons.WARNING.node());
        badge.setId("office-warning-badge");
        badge.getStyleClass().add("office-warning-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> model.badgeText(messages), model.stateProperty()));
        badge.styleProperty().bind(Bindings.createStringBinding(() -> model.badgeColour()
                .map(LevelColours::block).orElse(""), model.stateProperty()));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    public static Node banner(OfficeWarningViewModel model, Messages messages) {
        Label banner = new Label(null, Icons.CLOCK.node());
        banner.setId("sensitive-period-banner");
        banner.getStyleClass().add("sensitive-period-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> model.bannerText(messages), model.stateProperty()));
        banner.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().period().isPresent(),
                model.stateProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
