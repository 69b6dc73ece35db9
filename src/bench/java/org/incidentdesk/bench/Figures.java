package org.incidentdesk.bench;

import java.util.List;

/** Every figure of BENCHMARKS.md, in the order of the file. Add a new one here. */
final class Figures {
    static final List<Figure> ALL = List.of(
            new StartupFigure(),
            new StoreFigure(),
            new BoardFigure(),
            new DeadlineFigure(),
            new FormsFigure(),
            new ReviewFigure(),
            new AuditVerifyFigure(),
            new CommandLineFigure(),
            new InstalledFigure());

    private Figures() {
    }
}
