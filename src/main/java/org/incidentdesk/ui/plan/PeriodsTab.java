package org.incidentdesk.ui.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.ui.common.Tables;

/** 敏感时期: date ranges during which a warning is raised; added and removed here. */
final class PeriodsTab {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private final PlanDraftViewModel viewModel;
    private final Messages messages;
    private final PlanLabels labels;
    private final TableView<SensitivePeriod> table = new TableView<>();

    PeriodsTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.labels = new PlanLabels(messages);
    }

    Tab build() {
        table.setId("period-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.period.name"), 200, SensitivePeriod::name),
                Tables.text(messages.get("planui.period.dates"), 220, (SensitivePeriod p) -> dates(p.dates())),
                Tables.text(messages.get("planui.period.raise"), 80, (SensitivePeriod p) -> Integer.toString(p.raise())),
                Tables.text(messages.get("planui.origin"), 60, (SensitivePeriod p) -> labels.origin(p.origin()))));
        table.setPlaceholder(new Label(messages.get("planui.period.none")));
        viewModel.draftProperty().addListener((obs, old, plan) -> show(plan));

        TextField name = new TextField();
        name.setId("period-name");
        TextField fromDate = new TextField();
        fromDate.setId("period-from");
        fromDate.setPromptText(messages.get("planui.period.fromPrompt"));
        TextField toDate = new TextField();
        toDate.setId("period-to");
        toDate.setPromptText(messages.get("planui.period.toPrompt"));
        Spinner<Integer> raise = new Spinner<>(1, 3, 1);
        raise.setId("period-raise");
        Label error = new Label();
        error.setId("period-error");
        error.getStyleClass().add("field-error");
        Button add = new Button(messages.get("planui.period.add"));
        add.setId("period-add");
        add.setOnAction(e -> {
            Optional<PeriodDates> dates = parse(fromDate.getText(), toDate.getText());
            if (name.getText().isBlank()) {
                error.setText(messages.get("validation.required", messages.get("planui.period.name")));
            } else if (dates.isEmpty()) {
                error.setText(messages.get("planui.period.badDates"));
            } else {
                error.setText("");
                viewModel.addSensitivePeriod(new SensitivePeriod(null, name.getText().strip(), dates.get(),
                        raise.getValue(), null));
                name.clear();
                fromDate.clear();
                toDate.clear();
            }
        });
        Button remove = new Button(messages.get("planui.period.remove"));
        remove.setId("period-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeSensitivePeriod(table.getSelectionModel().getSelectedIndex()));
        HBox span = new HBox(6, fromDate, new Label("—"), toDate);
        EditorForm form = new EditorForm()
                .add(messages.get("planui.period.name"), name)
                .add(messages.get("planui.period.dates"), span)
                .add("", datesHint())
                .add(messages.get("planui.period.raise"), raise)
                .add("", new HBox(8, add, remove, error));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = new Label(messages.get("planui.period.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, hint, table, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab(messages.get("planui.tab.periods"), box);
        tab.setId("tab-plan-periods");
        return tab;
    }

    private void show(ContingencyPlan plan) {
        table.setItems(plan == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(plan.sensitivePeriods()));
    }

    private String dates(PeriodDates dates) {
        if (dates instanceof PeriodDates.Yearly yearly) {
            return messages.get("planui.period.yearly", MONTH_DAY.format(yearly.from()), MONTH_DAY.format(yearly.to()));
        }
        if (dates instanceof PeriodDates.Fixed fixed) {
            return fixed.from() + " — " + fixed.to();
        }
        return "";
    }

    /** "10-01".."10-07" every year, or "2026-09-01".."2026-09-05" once; the end may not come before the start. */
    static Optional<PeriodDates> parse(String from, String to) {
        String a = from == null ? "" : from.strip();
        String b = to == null ? "" : to.strip();
        try {
            if (a.length() == 5 && b.length() == 5) {
                return Optional.of(new PeriodDates.Yearly(MonthDay.parse("--" + a), MonthDay.parse("--" + b)));
            }
            LocalDate start = LocalDate.parse(a);
            LocalDate end = LocalDate.parse(b);
            return end.isBefore(start) ? Optional.empty() : Optional.of(new PeriodDates.Fixed(start, end));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Says plainly what to type in the two date fields. */
    private Label datesHint() {
        Label hint = new Label(messages.get("planui.period.datesHint"));
        hint.setId("period-dates-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        return hint;
    }
}
