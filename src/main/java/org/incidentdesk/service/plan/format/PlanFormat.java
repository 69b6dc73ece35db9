package org.incidentdesk.service.plan.format;

import java.util.Locale;

/** The two spellings of a plan document. YAML is what people edit; JSON is for other programs. */
public enum PlanFormat {
    YAML,
    JSON;

    /** JSON for a {@code .json} file, YAML for anything else. */
    public static PlanFormat forFileName(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
