package org.incidentdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.service.common.SafeFileWrite;
import org.incidentdesk.service.drill.DrillReport;

/**
 * A drill's result as JSON: {@code incidents}, each with {@code ref}, {@code level} and {@code deadlines} (rule,
 * action, due, status met|missed|open, metAt, escalations with at and to); deadlines a re-assessment or the
 * event's end made unnecessary before they fell due are listed apart under {@code superseded}; {@code review} is the
 * incident scored against the plan as its review scores it (see {@link ReviewJson#figures}). Instants carry the
 * scenario's offset.
 */
final class DrillJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DrillJson() {
    }

    static void write(DrillReport report, ZoneId zone, Path file) throws IOException {
        byte[] bytes = (JSON.writeValueAsString(toJson(report, zone)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SafeFileWrite.replace(file, out -> out.write(bytes));
    }

    static ObjectNode toJson(DrillReport report, ZoneId zone) {
        ObjectNode root = JSON.createObjectNode();
        root.put("plan", report.planId());
        ArrayNode incidents = root.putArray("incidents");
        for (DrillReport.IncidentResult incident : report.incidents()) {
            ObjectNode node = incidents.addObject();
            node.put("ref", incident.ref());
            node.put("number", incident.number());
            node.put("level", incident.levelId());
            ArrayNode deadlines = node.putArray("deadlines");
            ArrayNode superseded = node.putArray("superseded");
            for (Deadline d : incident.deadlines()) {
                ObjectNode dn = (d.state() == DeadlineState.SUPERSEDED ? superseded : deadlines).addObject();
                dn.put("rule", d.ruleId());
                dn.put("occurrence", d.occurrence());
                dn.put("action", d.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                dn.put("text", d.actionText());
                dn.put("from", time(d.startedAt(), zone));
                dn.put("due", time(d.dueAt(), zone));
                dn.put("status", DrillReport.status(d));
                dn.put("metAt", time(d.metAt(), zone));
                ArrayNode escalations = dn.putArray("escalations");
                for (DeadlineEscalation e : incident.escalationsOf(d)) {
                    escalations.addObject().put("at", time(e.at(), zone)).put("to", e.toRole());
                }
            }
            node.set("review", ReviewJson.figures(incident.review(), zone));
        }
        return root;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
