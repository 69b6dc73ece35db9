package org.incidentdesk.domain.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A contingency plan (预案) as data: its organisation, levels and how to assess them, sensitive periods, event
 * categories with their prescribed responses, deadline rules, phases with checklists and report forms.
 * The six built-in plans are templates; an office adapts one into its own plan. Checked by {@link PlanRules}.
 *
 * @param id          a short id, e.g. {@code county}
 * @param revision    the document's revision; an office plan's stored version carries its version number
 * @param issuer      the kind of body that wrote it, e.g. 县委县政府 (no real place or person names)
 * @param scope       where it applies (适用范围)
 * @param scopeOrigin whether the scope sentence is the source's or a default the template wrote where the source
 *                    has no 适用范围
 * @param note        a remark about the document as a whole, e.g. which gaps were filled
 * @param basis       the laws and documents it rests on (编制依据)
 * @param preparedness standing measures outside any one incident (保障)
 * @param responseTimes the response window of 立即 duties and the reminder interval after the top of the chain
 * @param reviewTime  the time within which the after-action review must be finished after the response ends
 */
public record ContingencyPlan(String id, int revision, String name, String issuer, String scope,
                              Origin scopeOrigin, String note,
                              List<String> basis, List<String> principles, Organisation organisation,
                              LevelScheme levelScheme, List<WarningLevel> levels,
                              List<SensitivePeriod> sensitivePeriods, List<EventCategory> categories,
                              List<DeadlineRule> deadlines, List<Phase> phases, List<ReportForm> forms,
                              List<String> preparedness, ResponseTimes responseTimes, ReviewTime reviewTime) {
    public ContingencyPlan {
        responseTimes = responseTimes == null ? ResponseTimes.DEFAULT : responseTimes;
        reviewTime = reviewTime == null ? ReviewTime.DEFAULT : reviewTime;
        scopeOrigin = scopeOrigin == null ? Origin.PLAN_TEXT : scopeOrigin;
        basis = Lists.copy(basis);
        principles = Lists.copy(principles);
        organisation = organisation == null ? Organisation.EMPTY : organisation;
        levels = Lists.copy(levels);
        sensitivePeriods = Lists.copy(sensitivePeriods);
        categories = Lists.copy(categories);
        deadlines = Lists.copy(deadlines);
        phases = Lists.copy(phases);
        forms = Lists.copy(forms);
        preparedness = Lists.copy(preparedness);
    }

    /** The same plan as revision {@code newRevision}: an office plan's stored version carries its number here. */
    public ContingencyPlan withRevision(int newRevision) {
        return new ContingencyPlan(id, newRevision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withName(String newName) {
        return new ContingencyPlan(id, revision, newName, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withNote(String newNote) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, newNote, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withSensitivePeriods(List<SensitivePeriod> periods) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, periods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withDeadlines(List<DeadlineRule> rules) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, rules, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withLevels(List<WarningLevel> newLevels) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, newLevels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withOrganisation(Organisation newOrganisation) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                newOrganisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withPhases(List<Phase> newPhases) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, newPhases, forms, preparedness,
                responseTimes, reviewTime);
    }

    public ContingencyPlan withResponseTimes(ResponseTimes times) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                times, reviewTime);
    }

    public ContingencyPlan withReviewTime(ReviewTime time) {
        return new ContingencyPlan(id, revision, name, issuer, scope, scopeOrigin, note, basis, principles,
                organisation, levelScheme, levels, sensitivePeriods, categories, deadlines, phases, forms, preparedness,
                responseTimes, time);
    }

    public Optional<WarningLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id() != null && l.id().equals(levelId)).findFirst();
    }

    /**
     * The level a person names: its id ("II", case ignored), its name or the start of it ("重大"), its colour
     * ("橙色", "橙"), or its rank as a Roman numeral where the plan's ids are words ("I" for the most severe).
     */
    public Optional<WarningLevel> levelNamed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<WarningLevel> byId = levels.stream().filter(l -> l.id() != null && l.id().equalsIgnoreCase(t)).findFirst();
        Optional<WarningLevel> byName = levels.stream().filter(l -> l.name() != null
                && (l.name().equals(t) || l.name().startsWith(t))).findFirst();
        Optional<WarningLevel> byNumber = romanRank(t).flatMap(rank -> levels.stream()
                .filter(l -> l.rank() == rank).findFirst());
        Optional<WarningLevel> byColour = levels.stream().filter(l -> l.colour() != null
                && l.colour().chineseName().startsWith(t)).findFirst();
        return byId.or(() -> byName).or(() -> byColour).or(() -> byNumber);
    }

    private static Optional<Integer> romanRank(String text) {
        int index = List.of("I", "II", "III", "IV", "V", "VI").indexOf(text.toUpperCase(java.util.Locale.ROOT));
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** The levels, most severe (rank 1) first. */
    public List<WarningLevel> levelsBySeverity() {
        return levels.stream().sorted(Comparator.comparingInt(WarningLevel::rank)).toList();
    }

    private WarningLevel topLevel() {
        return levelsBySeverity().get(0);
    }

    public WarningLevel lowestLevel() {
        List<WarningLevel> ordered = levelsBySeverity();
        return ordered.get(ordered.size() - 1);
    }

    /** The level {@code steps} ranks more severe than {@code level}; the top level stays the top. */
    public WarningLevel raised(WarningLevel level, int steps) {
        int rank = Math.max(topLevel().rank(), level.rank() - steps);
        return levels.stream().filter(l -> l.rank() == rank).findFirst().orElse(level);
    }

    public Optional<EventCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.id() != null && c.id().equals(categoryId)).findFirst();
    }

    public Optional<DeadlineRule> deadline(String ruleId) {
        return deadlines.stream().filter(d -> d.id() != null && d.id().equals(ruleId)).findFirst();
    }

    public Optional<ReportForm> form(String formId) {
        return forms.stream().filter(f -> f.id() != null && f.id().equals(formId)).findFirst();
    }

    /** Every criterion of every level, in level order. */
    public Stream<LevelCriterion> criteria() {
        return levels.stream().flatMap(l -> l.criteria().stream());
    }
}
