package org.incidentdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.service.warning.WarningService;

/**
 * Warnings as JSON for scripts, like {@link IncidentJson}: codes rather than translated words (status
 * {@code ACTIVE}, level id, role id), times ISO-8601 with their offset (the start as given, the rest in the office's
 * zone).
 */
final class WarningJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WarningJson() {
    }

    static String list(List<Warning> warnings, WarningService service, ZoneId zone) {
        ArrayNode array = JSON.createArrayNode();
        warnings.forEach(w -> array.add(summary(w, service, zone)));
        return write(array);
    }

    static String detail(Warning w, List<WarningChange> history, List<UnitNotice> notices, WarningService service,
                         ZoneId zone) {
        ObjectNode node = summary(w, service, zone);
        node.put("planId", w.planId());
        node.put("planVersion", w.planVersion());
        ArrayNode changes = node.putArray("history");
        for (WarningChange c : history) {
            ObjectNode row = changes.addObject();
            row.put("kind", c.kind().name());
            row.put("fromLevel", c.fromLevelId());
            row.put("toLevel", c.toLevelId());
            row.put("reason", c.reason());
            row.put("actor", c.actor());
            row.put("at", time(c.at(), zone));
        }
        ArrayNode units = node.putArray("notices");
        for (UnitNotice n : notices) {
            ObjectNode row = units.addObject();
            row.put("id", n.id());
            row.put("unit", n.unitName());
            row.put("liaison", n.liaisonName());
            row.put("phone", n.phone());
            row.put("acknowledgedAt", time(n.acknowledgedAt(), zone));
            row.put("acknowledgedBy", n.acknowledgedBy());
        }
        return write(node);
    }

    private static ObjectNode summary(Warning w, WarningService service, ZoneId zone) {
        WarningLevel level = service.levelOf(w);
        ObjectNode node = JSON.createObjectNode();
        node.put("id", w.id());
        node.put("number", w.number());
        node.put("status", w.status().name());
        node.put("level", w.levelId());
        node.put("levelName", level.name());
        node.put("colour", level.colour() == null ? null : level.colour().name());
        node.put("category", w.categoryId());
        node.put("startsAt", w.startsAt().toString());
        node.put("scope", w.scope());
        w.items().forEach(node.putArray("items")::add);
        w.measures().forEach(node.putArray("measures")::add);
        node.put("issuerRole", w.issuerRole());
        node.put("issuedBy", w.issuedBy());
        node.put("issuedAt", time(w.issuedAt(), zone));
        service.incidentNumbers(w).forEach(node.putArray("incidents")::add);
        node.put("liftedAt", time(w.liftedAt(), zone));
        node.put("liftReason", w.liftReason());
        return node;
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime().toString();
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
