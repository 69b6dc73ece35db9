package org.incidentdesk.ui.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.review.Distribution;
import org.incidentdesk.domain.review.ReviewFilter;
import org.incidentdesk.domain.review.ReviewMeasure;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.review.ReviewListService;
import org.incidentdesk.service.review.ReviewListing;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * All reviews with their figures under the chosen filters (period, category, level, drill or real), the median and
 * 90th percentile of each figure, and the figures over time. The filters' choices are what the reviews hold.
 */
public final class ReviewListViewModel {
    /** Which reviews by kind of incident: all, real incidents only, drills only. */
    public enum DrillChoice {
        ALL(null), REAL(false), DRILL(true);

        private final Boolean drill;

        DrillChoice(Boolean drill) {
            this.drill = drill;
        }
    }

    /** A filter choice: its id (null: any) and its name. */
    public record Choice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One figure across the listed reviews: how many had it, its median and 90th percentile, as words. */
    public record MeasureRow(ReviewMeasure measure, int count, String median, String p90) {
    }

    private final ReviewListService lists;
    private final TaskRunner tasks;
    private final Failures failures;
    private final ReviewTexts texts;
    private final ZoneId zone;
    private final Supplier<List<ContingencyPlan>> plans;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> level = new SimpleObjectProperty<>();
    private final ObjectProperty<DrillChoice> drill = new SimpleObjectProperty<>(DrillChoice.ALL);
    private final ObjectProperty<TrendStep> step = new SimpleObjectProperty<>(TrendStep.MONTH);
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice> levels = FXCollections.observableArrayList();
    private final ObservableList<ReviewSummary> reviews = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReviewListing> listing = new ReadOnlyObjectWrapper<>();
    private final Map<String, String> categoryNames = new LinkedHashMap<>();

    /** {@code plans} the plans whose categories name the filter's choices (read off the JavaFX thread). */
    public ReviewListViewModel(ReviewListService lists, Supplier<List<ContingencyPlan>> plans, TaskRunner tasks,
                               Failures failures, ReviewTexts texts) {
        this.lists = lists;
        this.plans = plans;
        this.tasks = tasks;
        this.failures = failures;
        this.texts = texts;
        this.zone = texts.zone();
        Choice any = new Choice(null, texts.messages().get("reviewui.filter.any"));
        categories.setAll(any);
        levels.setAll(any);
        category.set(any);
        level.set(any);
        from.addListener((o, a, b) -> reload());
        to.addListener((o, a, b) -> reload());
        category.addListener((o, a, b) -> reload());
        level.addListener((o, a, b) -> reload());
        drill.addListener((o, a, b) -> reload());
        step.addListener((o, a, b) -> reload());
    }

    /** The filter as chosen: the period by the days the incidents were discovered, in the office's zone. */
    public ReviewFilter filter() {
        return new ReviewFilter(from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                category.get() == null ? null : category.get().id(), level.get() == null ? null : level.get().id(),
                drill.get() == null ? null : drill.get().drill);
    }

    private record Loaded(ReviewListing listing, List<ReviewSummary> all, Map<String, String> categoryNames) {
    }

    public void reload() {
        ReviewFilter filter = filter();
        TrendStep by = step.get();
        boolean needNames = categoryNames.isEmpty();
        tasks.refresh("review-list", () -> new Loaded(lists.listing(filter, by), lists.list(ReviewFilter.ALL),
                needNames ? categoryNames(plans.get()) : Map.of()), this::show,
                failure -> failures.show("reviewui.title", failure));
    }

    private static Map<String, String> categoryNames(List<ContingencyPlan> plans) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ContingencyPlan plan : plans) {
            for (EventCategory c : plan.categories()) {
                names.putIfAbsent(c.id(), c.name());
            }
        }
        return names;
    }

    private void show(Loaded loaded) {
        categoryNames.putAll(loaded.categoryNames());
        listing.set(loaded.listing());
        reviews.setAll(loaded.listing().reviews());
        List<MeasureRow> rows = new ArrayList<>();
        for (ReviewMeasure m : ReviewMeasure.values()) {
            Distribution d = loaded.listing().statistics().of(m);
            rows.add(m.isShare()
                    ? new MeasureRow(m, d.count(), texts.share(d.median()), texts.share(d.p90()))
                    : new MeasureRow(m, d.count(), texts.minutes(d.median()), texts.minutes(d.p90())));
        }
        measures.setAll(rows);
        keepChoices(categories, category, loaded.all().stream().map(ReviewSummary::categoryId).distinct()
                .map(id -> new Choice(id, categoryName(id))).toList());
        keepChoices(levels, level, loaded.all().stream().filter(r -> r.levelId() != null)
                .map(r -> new Choice(r.levelId(), r.levelLabel())).distinct().toList());
    }

    /** Offers "any" and {@code found}, keeping the chosen one (without reloading) when it is still offered. */
    private static void keepChoices(ObservableList<Choice> choices, ObjectProperty<Choice> chosen, List<Choice> found) {
        List<Choice> next = new ArrayList<>();
        next.add(choices.get(0));
        found.stream().sorted(java.util.Comparator.comparing(Choice::name)).forEach(next::add);
        if (!next.equals(choices)) {
            Choice keep = chosen.get();
            choices.setAll(next);
            if (keep != null && !next.contains(keep)) {
                chosen.set(next.get(0));
            }
        }
    }

    public String categoryName(String categoryId) {
        return categoryNames.getOrDefault(categoryId, categoryId);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice> levelProperty() {
        return level;
    }

    public ObjectProperty<DrillChoice> drillProperty() {
        return drill;
    }

    public ObjectProperty<TrendStep> stepProperty() {
        return step;
    }

    public ObservableList<Choice> categories() {
        return categories;
    }

    public ObservableList<Choice> levels() {
        return levels;
    }

    public ObservableList<ReviewSummary> reviews() {
        return reviews;
    }

    public ObservableList<MeasureRow> measures() {
        return measures;
    }

    public ReadOnlyObjectProperty<ReviewListing> listingProperty() {
        return listing.getReadOnlyProperty();
    }

    public ReviewTexts texts() {
        return texts;
    }
}
