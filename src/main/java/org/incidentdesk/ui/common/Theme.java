package org.incidentdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Light or dark: the AtlantaFX user-agent stylesheet plus our own sheet, which only uses its colours. */
public enum Theme {
    LIGHT, DARK;

    private static final PseudoClass DARK_CLASS = PseudoClass.getPseudoClass("dark");
    private static final String APP_CSS = "/org/incidentdesk/ui/app.css";

    public static Theme parse(String value) {
        return "DARK".equalsIgnoreCase(value) ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String css = Objects.requireNonNull(Theme.class.getResource(APP_CSS)).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().pseudoClassStateChanged(DARK_CLASS, this == DARK);
    }
}
