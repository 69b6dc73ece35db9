package org.incidentdesk.archfixture.domain;

import javafx.scene.control.Label;

/** Planted violation for ArchitectureTest: a "domain" class that builds a JavaFX node. */
public final class DomainThatBuildsNodes {
    public Object label() {
        return new Label("wrong layer");
    }
}
