package org.incidentdesk.service.incident;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.warning.WarningChangeKind;

/**
 * A timeline row as people read it, in their language: the phase, task and statement states and the warning
 * steps the row names by their code (RECEIVED>ASSESSING, DONE, ISSUED) are written out, the rest of the text
 * stays as it was entered.
 */
public final class TimelineText {
    private static final List<Class<? extends Enum<?>>> CODES = List.of(IncidentPhase.class, TaskStatus.class,
            StatementStatus.class, WarningChangeKind.class);
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b");

    private TimelineText() {
    }

    public static String describe(TimelineEntry entry, Messages messages) {
        String text = entry.text();
        if (entry.kind() == TimelineKind.PHASE) {
            text = text.replace(">", " → ");
        }
        if (entry.kind() == TimelineKind.PHASE || entry.kind() == TimelineKind.TASK
                || entry.kind() == TimelineKind.STATEMENT || entry.kind() == TimelineKind.WARNING) {
            Matcher m = CODE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(name(m.group(), messages)));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    private static String name(String code, Messages messages) {
        for (Class<? extends Enum<?>> type : CODES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    return messages.name(constant);
                }
            }
        }
        return code;
    }
}
