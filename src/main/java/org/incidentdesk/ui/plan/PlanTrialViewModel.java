package org.incidentdesk.ui.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;

/**
 * The plan's 试研判 tab: the level assessment (研判) tried on an imagined event under the draft as it stands
 * (edits included), so the office can check its criteria and sensitive periods before saving. Pure computation:
 * no database.
 */
public final class PlanTrialViewModel {
    private final LevelAssessor assessor;
    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages;
    private final PlanLabels labels;
    private final Supplier<ContingencyPlan> draft;

    PlanTrialViewModel(LevelAssessor assessor, Clock clock, ZoneId zone, Messages messages,
                       Supplier<ContingencyPlan> draft) {
        this.assessor = assessor;
        this.clock = clock;
        this.zone = zone;
        this.messages = messages;
        this.labels = new PlanLabels(messages);
        this.draft = draft;
    }

    /** Today in the office's zone: the default date of a trial assessment. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Proposes a level for the facts under the draft as it stands. */
    public Assessment assess(EventFacts facts, LocalDate date) {
        try {
            LevelProposal proposal = assessor.assess(draft.get(), facts, date);
            List<String> reasons = proposal.reasons().stream().map(r -> r.describe(messages)).toList();
            if (proposal.level().isEmpty()) {
                return new Assessment(messages.get("planui.assess.noWarning"), null, reasons);
            }
            WarningLevel level = proposal.level().get();
            return new Assessment(messages.get("common.withNote", level.id(), level.name()),
                    level.colour() == null ? null : level.colour().hex(), reasons);
        } catch (ValidationException invalid) {
            return new Assessment(null, null, invalid.violations().stream().map(messages::describe).toList());
        }
    }

    /**
     * The trial assessment's form: what was picked, plus the figures as typed and the date. A figure that is
     * not a whole number, or a missing date, is refused with what and where, before anything is assessed.
     */
    public Assessment assess(EventFacts picked, Map<Metric, String> metricTexts, LocalDate date) {
        List<String> badInput = new ArrayList<>();
        EventFacts facts = picked;
        for (var entry : metricTexts.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                facts = facts.withMetric(entry.getKey(), Long.parseLong(text));
            } catch (NumberFormatException e) {
                badInput.add(messages.get("planui.assess.badNumber", labels.of(entry.getKey()), text));
            }
        }
        if (date == null) {
            badInput.add(messages.get("validation.required", messages.get("planui.assess.date")));
        }
        return badInput.isEmpty() ? assess(facts, date) : new Assessment(null, null, badInput);
    }

    /**
     * A proposal as shown: the level (未达到预警条件 when no criterion is met; null when the facts were refused), its
     * colour (null: none or no level), and the reasons.
     */
    public record Assessment(String level, String colourHex, List<String> reasons) {
        public Assessment {
            reasons = List.copyOf(reasons);
        }
    }

    public Messages messages() {
        return messages;
    }
}
