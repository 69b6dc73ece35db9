package org.incidentdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.incident.IncidentDetail;

/**
 * Incidents as JSON for scripts: codes rather than translated words (phase {@code RESPONSE}, level id), and
 * every time ISO-8601 with its offset — reported times in the offset they were given in, timeline times in
 * the office's zone. A timeline entry gives its fact's type and typed fields, and the person's text apart.
 */
final class IncidentJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IncidentJson() {
    }

    static String list(List<Incident> incidents) {
        ArrayNode array = JSON.createArrayNode();
        incidents.forEach(i -> array.add(summary(i)));
        return write(array);
    }

    /**
     * The incident with its timeline and its {@code deadlines} (the 时限一览): rule, the act in the plan's words,
     * who owes it, when due, where it stands (due, overdue, met, met-late, missed, superseded) and when met.
     */
    static String detail(IncidentDetail detail, List<DeadlineOverview.Row> deadlines, ZoneId zone) {
        Incident i = detail.incident();
        ObjectNode node = summary(i);
        node.put("planId", i.planId());
        node.put("planVersion", i.planVersion());
        node.set("facts", facts(i.facts()));
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEntry entry : detail.timeline()) {
            ObjectNode row = timeline.addObject();
            row.put("id", entry.id());
            row.put("kind", entry.kind().name());
            row.put("at", entry.at().atZone(zone).toOffsetDateTime().toString());
            row.put("actor", entry.actor());
            row.put("type", entry.fact().getClass().getSimpleName());
            ObjectNode fields = row.putObject("fields");
            entry.fact().fields().forEach((name, value) -> fields.set(name, value(value, zone)));
            row.put("personText", entry.personText());
            row.put("migrated", entry.migrated());
        }
        ArrayNode rows = node.putArray("deadlines");
        for (DeadlineOverview.Row d : deadlines) {
            ObjectNode row = rows.addObject();
            row.put("rule", d.rule());
            row.put("act", d.act());
            row.put("ownerRole", d.ownerRole());
            row.put("owner", d.owner());
            row.put("due", d.due().atZone(zone).toOffsetDateTime().toString());
            row.put("state", d.standing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            row.put("metAt", d.metAt() == null ? null : d.metAt().atZone(zone).toOffsetDateTime().toString());
            row.put("metBy", d.metAt() == null ? null : d.metBy());
        }
        return write(node);
    }

    /** A fact's field as JSON: instants in the office's zone with their offset, enums by their code. */
    private static JsonNode value(Object value, ZoneId zone) {
        return switch (value) {
            case null -> JSON.nullNode();
            case Instant instant -> JSON.getNodeFactory().textNode(instant.atZone(zone).toOffsetDateTime().toString());
            case Enum<?> constant -> JSON.getNodeFactory().textNode(constant.name());
            default -> JSON.valueToTree(value);
        };
    }

    private static ObjectNode summary(Incident i) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", i.number().toString());
        node.put("title", i.title());
        node.put("category", i.categoryId());
        node.put("phase", i.phase().name());
        if (i.level() == null) {
            node.putNull("level");
        } else {
            node.put("level", i.level().id());
        }
        time(node, "happenedAt", i.happenedAt());
        time(node, "discoveredAt", i.discoveredAt());
        return node;
    }

    private static ObjectNode facts(IncidentFacts f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("when", f.sevenWs().when());
        node.put("where", f.sevenWs().where());
        node.put("who", f.sevenWs().who());
        node.put("what", f.sevenWs().what());
        node.put("why", f.sevenWs().why());
        node.put("how", f.sevenWs().how());
        node.put("result", f.sevenWs().result());
        node.put("source", f.source());
        time(node, "firstPublishedAt", f.firstPublishedAt());
        node.put("firstMedium", f.firstMedium());
        node.put("firstPlatform", f.firstPlatform());
        node.put("firstAccount", f.firstAccount());
        ArrayNode links = node.putArray("links");
        f.links().forEach(links::add);
        node.put("spread", f.spread());
        node.put("trueSituation", f.trueSituation());
        node.put("background", f.background());
        return node;
    }

    private static void time(ObjectNode node, String name, OffsetDateTime time) {
        if (time == null) {
            node.putNull(name);
        } else {
            node.put(name, time.toString());
        }
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
