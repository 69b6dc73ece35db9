package org.incidentdesk.report;

/** One thing drawn on a page; positions in points from the paper's top-left corner. */
sealed interface Op {
    Op shifted(float dy);

    /** Text starting at {@code x} on {@code baseline}; {@code spacing} is added after every character. */
    record Text(float x, float baseline, String text, FontRole role, float size, boolean red, float spacing,
                boolean underline) implements Op {
        @Override
        public Op shifted(float dy) {
            return new Text(x, baseline + dy, text, role, size, red, spacing, underline);
        }
    }

    /** A straight rule from (x1, y1) to (x2, y2). */
    record Rule(float x1, float y1, float x2, float y2, float thickness, boolean red) implements Op {
        @Override
        public Op shifted(float dy) {
            return new Rule(x1, y1 + dy, x2, y2 + dy, thickness, red);
        }
    }
}
