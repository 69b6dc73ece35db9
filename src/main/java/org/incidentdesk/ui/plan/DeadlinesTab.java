package org.incidentdesk.ui.plan;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.ui.common.Tables;

/** 时限规则: what must be done, by whom, within how long, counted from what; the selected rule is edited below. */
final class DeadlinesTab {
    private final PlanDraftViewModel viewModel;
    private final Messages messages;
    private final PlanLabels labels;
    private final TableView<DeadlineRule> table = new TableView<>();
    private final TextField action = new TextField();
    private final ComboBox<PlanRole> by = new ComboBox<>();
    private final ComboBox<Timing> timing;
    private final TextField duration = new TextField();
    private final ComboBox<StartPoint> from;
    private final Label durationError = new Label();
    private final TextField immediately = new TextField();
    private final TextField remindAfterTop = new TextField();
    private final Label responseNote = new Label();
    private final Label responseError = new Label();
    private final TextField reviewWithin = new TextField();
    private final Label reviewNote = new Label();
    private final Label reviewError = new Label();

    DeadlinesTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
        this.timing = labels.enumCombo(Timing.class);
        this.from = labels.enumCombo(StartPoint.class);
    }

    Tab build() {
        table.setId("deadline-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.wrapping(messages.get("planui.deadline.action"), 220, DeadlineRule::action),
                Tables.text(messages.get("planui.deadline.by"), 110, (DeadlineRule r) -> roleName(r.by())),
                Tables.text(messages.get("planui.deadline.limit"), 130, this::limit),
                Tables.text(messages.get("planui.deadline.from"), 90, (DeadlineRule r) -> labels.of(r.from())),
                Tables.text(messages.get("planui.deadline.levels"), 110,
                        (DeadlineRule r) -> labels.levels(viewModel.draftProperty().get(), r.levels())),
                Tables.text(messages.get("planui.deadline.categories"), 110,
                        (DeadlineRule r) -> labels.categories(viewModel.draftProperty().get(), r.categories())),
                Tables.text(messages.get("planui.origin"), 60, (DeadlineRule r) -> labels.origin(r.origin()))));
        viewModel.draftProperty().addListener((obs, old, plan) -> show(plan));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, rule) -> fill(rule));

        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanRole role) {
                return role == null ? "" : role.name();
            }

            @Override
            public PlanRole fromString(String text) {
                return null;
            }
        });
        action.setId("deadline-action");
        by.setId("deadline-by");
        timing.setId("deadline-timing");
        duration.setId("deadline-duration");
        duration.setPromptText(messages.get("planui.deadline.durationPrompt"));
        from.setId("deadline-from");
        durationError.setId("deadline-duration-error");
        durationError.getStyleClass().add("field-error");
        duration.textProperty().addListener((obs, old, text) -> checkDuration());
        timing.valueProperty().addListener((obs, old, t) -> checkDuration());
        Button apply = new Button(messages.get("planui.apply"));
        apply.setId("deadline-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        apply.disableProperty().bind(viewModel.editableProperty().not()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        HBox durationRow = new HBox(8, duration, durationError);
        durationRow.setAlignment(Pos.CENTER_LEFT);
        EditorForm form = new EditorForm()
                .add(messages.get("planui.deadline.action"), action)
                .add(messages.get("planui.deadline.by"), by)
                .add(messages.get("planui.deadline.timing"), timing)
                .add(messages.get("planui.deadline.duration"), durationRow)
                .add(messages.get("planui.deadline.from"), from)
                .add("", apply);
        form.disableProperty().bind(viewModel.editableProperty().not());
        Button add = new Button(messages.get("planui.deadline.add"));
        add.setId("deadline-add");
        add.setOnAction(e -> {
            if (viewModel.addDeadlineAsked()) {
                table.getSelectionModel().selectLast();
            }
        });
        Button remove = new Button(messages.get("planui.deadline.remove"));
        remove.setId("deadline-remove");
        remove.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        remove.setOnAction(e -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                viewModel.removeDeadline(index);
            }
        });
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox listButtons = new HBox(8, add, remove);
        listButtons.disableProperty().bind(viewModel.editableProperty().not());
        VBox box = new VBox(8, table, listButtons, form, responseTimesForm());
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.deadlines"), box);
        tab.setId("tab-plan-deadlines");
        return tab;
    }

    /**
     * The plan's response window of 立即 duties and its reminder interval after the top of the escalation chain,
     * with where their lengths come from (a default's note).
     */
    private javafx.scene.Node responseTimesForm() {
        immediately.setId("response-immediately");
        immediately.setPrefColumnCount(8);
        remindAfterTop.setId("response-remind-top");
        remindAfterTop.setPrefColumnCount(8);
        responseNote.setId("response-note");
        responseNote.setWrapText(true);
        responseError.setId("response-error");
        responseError.getStyleClass().add("field-error");
        Button apply = new Button(messages.get("planui.apply"));
        apply.setId("response-apply");
        apply.setOnAction(e -> responseError.setText(viewModel.applyResponseTimes(immediately.getText(),
                remindAfterTop.getText()).orElse("")));
        HBox row = new HBox(8, new Label(messages.get("planui.response.immediately")), immediately,
                new Label(messages.get("planui.response.remindAfterTop")), remindAfterTop, apply, responseError);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(viewModel.editableProperty().not());
        Label title = new Label(messages.get("planui.response.title"));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return new VBox(4, title, row, responseNote, reviewTimeRow(), reviewNote);
    }

    /** The time within which the review (总结评估) must be finished after the response ends, with its origin. */
    private HBox reviewTimeRow() {
        reviewWithin.setId("review-within");
        reviewWithin.setPrefColumnCount(8);
        reviewNote.setId("review-within-note");
        reviewNote.setWrapText(true);
        reviewError.getStyleClass().add("field-error");
        Button apply = new Button(messages.get("planui.apply"));
        apply.setId("review-within-apply");
        apply.setOnAction(e -> reviewError.setText(viewModel.applyReviewTime(reviewWithin.getText()).orElse("")));
        HBox row = new HBox(8, new Label(messages.get("planui.review.within")), reviewWithin, apply, reviewError);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(viewModel.editableProperty().not());
        return row;
    }

    private String limit(DeadlineRule rule) {
        return switch (rule.timing()) {
            case WITHIN -> messages.get("planui.limit.within", DurationText.format(rule.duration(), messages));
            case REPEATING -> messages.get("planui.limit.repeating", DurationText.format(rule.duration(), messages));
            case IMMEDIATELY -> messages.get("planui.limit.immediatelyWithin",
                    DurationText.format(viewModel.draftProperty().get().responseTimes().immediately(), messages));
            case END_OF_DAY -> messages.get("planui.limit.endOfDay");
        };
    }

    private String roleName(String roleId) {
        ContingencyPlan plan = viewModel.draftProperty().get();
        if (roleId == null || plan == null) {
            return "";
        }
        return plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }

    private void show(ContingencyPlan plan) {
        by.getItems().setAll(plan == null ? List.of() : plan.organisation().roles());
        if (plan != null) {
            immediately.setText(DurationText.format(plan.responseTimes().immediately(), messages));
            remindAfterTop.setText(DurationText.format(plan.responseTimes().remindAfterTop(), messages));
            responseNote.setText(labels.origin(plan.responseTimes().origin())
                    + (plan.responseTimes().origin().note() == null ? "" : " " + plan.responseTimes().origin().note()));
            reviewWithin.setText(DurationText.format(plan.reviewTime().within(), messages));
            reviewNote.setText(labels.origin(plan.reviewTime().origin())
                    + (plan.reviewTime().origin().note() == null ? "" : " " + plan.reviewTime().origin().note()));
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        table.setItems(plan == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(plan.deadlines()));
        if (selected >= 0 && selected < table.getItems().size()) {
            table.getSelectionModel().select(selected);
        }
    }

    private void fill(DeadlineRule rule) {
        action.setText(rule == null ? "" : rule.action());
        by.setValue(rule == null || rule.by() == null ? null
                : by.getItems().stream().filter(r -> r.id().equals(rule.by())).findFirst().orElse(null));
        timing.setValue(rule == null ? null : rule.timing());
        duration.setText(rule == null || rule.duration() == null ? "" : DurationText.format(rule.duration(), messages));
        from.setValue(rule == null ? null : rule.from());
    }

    private void checkDuration() {
        durationError.setText(viewModel.durationProblem(timing.getValue(), duration.getText()).orElse(""));
    }

    private void apply() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        durationError.setText(viewModel.applyDeadlineForm(index, action.getText(),
                by.getValue() == null ? null : by.getValue().id(), timing.getValue(), duration.getText(),
                from.getValue()).orElse(""));
    }
}
