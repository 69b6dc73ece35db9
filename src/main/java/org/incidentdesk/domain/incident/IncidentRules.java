package org.incidentdesk.domain.incident;

import org.incidentdesk.domain.common.TypedText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.incidentdesk.domain.common.Violation;

/**
 * What an incident's reported facts must satisfy: a title, a category of the plan, no time in the future, an
 * event that happened no later than it was discovered, and texts that fit their columns. Every problem is
 * reported at once, each naming its field.
 */
public final class IncidentRules {
    public static final int MAX_TITLE = 200;
    static final int MAX_SHORT = 200;
    static final int MAX_PLACE = 400;
    static final int MAX_TEXT = 4000;
    static final int MAX_LONG_TEXT = 8000;

    private IncidentRules() {
    }

    /** The problems of a new report, {@code now} being the time it is taken. */
    public static List<Violation> checkIntake(Intake intake, Collection<String> categoryIds, Instant now) {
        List<Violation> problems = new ArrayList<>();
        checkTitle(intake.title(), problems);
        if (intake.categoryId().isEmpty()) {
            problems.add(Violation.of("incident.category", "validation.required"));
        } else if (!categoryIds.contains(intake.categoryId())) {
            problems.add(Violation.of("incident.category", "incident.unknownCategory", intake.categoryId()));
        }
        OffsetDateTime discovered = intake.discoveredAt();
        notInFuture("incident.discoveredAt", discovered, now, problems);
        notInFuture("incident.happenedAt", intake.happenedAt(), now, problems);
        if (intake.happenedAt() != null && discovered != null && intake.happenedAt().isAfter(discovered)) {
            problems.add(Violation.of("incident.happenedAt", "incident.happenedAfterDiscovered"));
        }
        problems.addAll(checkFacts(intake.facts(), now));
        return problems;
    }

    /** A title is printed on the official forms: see {@link TypedText#checkPrinted}. */
    public static void checkTitle(String title, List<Violation> problems) {
        TypedText.checkPrinted("incident.title", title, MAX_TITLE, problems);
    }

    /** The problems of the facts: lengths, and a first publication not in the future. */
    public static List<Violation> checkFacts(IncidentFacts facts, Instant now) {
        List<Violation> problems = new ArrayList<>();
        SevenWs w = facts.sevenWs();
        length("incident.when", w.when(), MAX_PLACE, problems);
        length("incident.where", w.where(), MAX_PLACE, problems);
        length("incident.who", w.who(), MAX_PLACE, problems);
        length("incident.what", w.what(), MAX_TEXT, problems);
        length("incident.why", w.why(), MAX_TEXT, problems);
        length("incident.how", w.how(), MAX_TEXT, problems);
        length("incident.result", w.result(), MAX_TEXT, problems);
        length("incident.source", facts.source(), MAX_PLACE, problems);
        length("incident.firstMedium", facts.firstMedium(), MAX_SHORT, problems);
        length("incident.firstPlatform", facts.firstPlatform(), MAX_SHORT, problems);
        length("incident.firstAccount", facts.firstAccount(), MAX_SHORT, problems);
        length("incident.links", String.join("\n", facts.links()), MAX_LONG_TEXT, problems);
        length("incident.spread", facts.spread(), MAX_TEXT, problems);
        length("incident.trueSituation", facts.trueSituation(), MAX_LONG_TEXT, problems);
        length("incident.background", facts.background(), MAX_LONG_TEXT, problems);
        notInFuture("incident.firstPublishedAt", facts.firstPublishedAt(), now, problems);
        return problems;
    }

    /** A required free text (note, statement, task description, reason) of at most {@code max} characters. */
    public static void requiredText(String field, String text, int max, List<Violation> problems) {
        TypedText.check(field, text, max, true, true, problems);
    }

    private static void length(String field, String text, int max, List<Violation> problems) {
        TypedText.check(field, text, max, false, true, problems);
    }

    /** Nor before 1970: a typo such as a minus sign in front of the year, which the database cannot store. */
    private static void notInFuture(String field, OffsetDateTime time, Instant now, List<Violation> problems) {
        if (time != null && time.toInstant().isAfter(now)) {
            problems.add(Violation.of(field, "incident.inFuture"));
        } else if (time != null && time.toInstant().isBefore(Instant.EPOCH)) {
            problems.add(Violation.of(field, "incident.tooEarly"));
        }
    }
}
