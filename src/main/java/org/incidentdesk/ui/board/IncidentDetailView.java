package org.incidentdesk.ui.board;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.EvidenceKind;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.Icons;

/**
 * The selected incident: header with level and phase, the legal lifecycle actions, and tabs for facts,
 * assessment, tasks, timeline with notes, statements and keywords, metrics with the trend chart, and evidence.
 */
final class IncidentDetailView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final Label heading = new Label();
    private final Label level = new Label();
    private final Label phase = new Label();
    private final HBox actions = new HBox(6);
    private final GridPane facts = new GridPane();
    private final VBox assessment = new VBox(6);
    private final ListView<HandlingTask> tasks = new ListView<>();
    private final ListView<TimelineEntry> timeline = new ListView<>();
    private final ListView<Statement> statements = new ListView<>();
    private final FlowPane keywords = new FlowPane(6, 6);
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final ListView<Evidence> evidence = new ListView<>();
    private final Label evidenceCheck = new Label();

    IncidentDetailView(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
        Label empty = new Label(messages.get("board.detail.none"));
        VBox content = new VBox(8, header(), actions, tabs());
        content.setPadding(new Insets(8));
        VBox.setVgrow(content.getChildren().get(2), Priority.ALWAYS);
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        empty.visibleProperty().bind(model.detailProperty().isNull());
        root.getChildren().addAll(empty, content);
        root.setId("incident-detail");
        model.metricsReviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                Window owner = root.getScene() == null ? null : root.getScene().getWindow();
                if (new MetricsImportDialog(owner, messages, review).showAndWait().orElse(false)) {
                    model.applyMetricsImport();
                } else {
                    model.cancelMetricsImport();
                }
            }
        });
        model.detailProperty().addListener((o, a, d) -> show(d));
        model.nextPhases().addListener((ListChangeListener<IncidentPhase>) c -> actions());
        model.evidenceProblemsProperty().addListener((o, a, problems) -> evidenceCheck.setText(checkText(problems)));
    }

    Node root() {
        return root;
    }

    private Node header() {
        heading.setId("detail-heading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        level.setId("detail-level");
        phase.setId("detail-phase");
        phase.getStyleClass().add("text-muted");
        return new VBox(4, heading, new HBox(8, level, phase));
    }

    private void actions() {
        actions.getChildren().clear();
        for (IncidentPhase next : model.nextPhases()) {
            Button b = new Button("→ " + messages.name(next));
            b.setId("phase-" + next.name());
            b.setOnAction(e -> model.advance(next));
            actions.getChildren().add(b);
        }
    }

    private TabPane tabs() {
        TabPane pane = new TabPane(
                tab("facts", messages.get("board.tab.facts"), factsTab()),
                tab("assessment", messages.get("board.tab.assessment"), assessmentTab()),
                tab("tasks", messages.get("board.tab.tasks"), tasksTab()),
                tab("timeline", messages.get("board.tab.timeline"), timelineTab()),
                tab("statements", messages.get("board.tab.statements"), statementsTab()),
                tab("metrics", messages.get("board.tab.metrics"), metricsTab()),
                tab("evidence", messages.get("board.tab.evidence"), evidenceTab()));
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setId("detail-tabs");
        facts.setHgap(10);
        facts.setVgap(4);
        facts.setPadding(new Insets(8));
        return pane;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + id);
        return tab;
    }

    private Node factsTab() {
        Button edit = new Button(messages.get("board.facts.edit"), Icons.EDIT.node());
        edit.setId("facts-edit");
        edit.setOnAction(e -> {
            model.editFacts();
            new IntakeDialog(model.factsEditor(), messages, saved -> { }).show(root.getScene().getWindow());
        });
        ScrollPane scroll = new ScrollPane(facts);
        scroll.setFitToWidth(true);
        return section(scroll, edit, scroll);
    }

    private Node assessmentTab() {
        assessment.setPadding(new Insets(8));
        return new ScrollPane(assessment);
    }

    private Node tasksTab() {
        tasks.setId("detail-tasks");
        tasks.setCellFactory(textCells(t -> t.unitName() + "：" + t.description()
                + (t.dueAt() == null ? "" : "  " + messages.get("board.task.due",
                        t.dueAt().atZone(model.zone()).format(TIME)))
                + "  [" + messages.name(t.status()) + "]" + (t.result() == null ? "" : "  " + t.result())));
        ComboBox<OrgUnit> unit = new ComboBox<>(model.taskUnits());
        unit.setId("task-unit");
        unit.setConverter(Choices.named(OrgUnit::name));
        TextField description = new TextField();
        description.setId("task-description");
        description.setPromptText(messages.get("field.task.description"));
        TextField due = new TextField();
        due.setId("task-due");
        due.setPromptText(messages.get("board.intake.timePrompt"));
        Label dueReason = new Label();
        dueReason.setId("task-due-reason");
        dueReason.getStyleClass().add("text-muted");
        dueReason.setWrapText(true);
        dueReason.textProperty().bind(model.suggestedDueReasonProperty());
        unit.valueProperty().addListener((o, a, chosen) -> model.suggestTaskDue(chosen));
        // the plan's time fills the field unless the person typed their own
        model.suggestedDueProperty().addListener((o, previous, suggested) -> {
            if (due.getText().isBlank() || due.getText().equals(previous)) {
                due.setText(suggested);
            }
        });
        Button assign = new Button(messages.get("board.task.assign"));
        assign.setId("task-assign");
        assign.setOnAction(e -> {
            model.assignTask(unit.getValue(), description.getText(), due.getText());
            description.clear();
            due.clear();
        });
        TextField result = new TextField();
        result.setId("task-result");
        result.setPromptText(messages.get("field.task.result"));
        ComboBox<TaskStatus> status = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                TaskStatus.values()));
        status.setId("task-status");
        status.setConverter(Choices.named(messages::name));
        status.setValue(TaskStatus.DONE);
        Button update = new Button(messages.get("board.task.update"));
        update.setId("task-update");
        update.disableProperty().bind(tasks.getSelectionModel().selectedItemProperty().isNull()
                .or(status.valueProperty().isNull()));
        update.setOnAction(e -> {
            HandlingTask t = tasks.getSelectionModel().getSelectedItem();
            model.updateTask(t.id(), status.getValue(), result.getText());
            result.clear();
        });
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(result, Priority.ALWAYS);
        return section(tasks, tasks, new HBox(6, unit, description, due, assign), dueReason,
                new HBox(6, result, status, update));
    }

    private Node timelineTab() {
        timeline.setId("detail-timeline");
        TimelineRenderer renderer = new TimelineRenderer(messages, model.zone());
        timeline.setCellFactory(textCells(t -> t.at().atZone(model.zone()).format(TIME) + "  "
                + renderer.kindName(t) + "  " + t.actor() + "  " + renderer.render(t)));
        return withEntry(timeline, "note", messages.get("board.note.add"), model::addNote);
    }

    private Node statementsTab() {
        statements.setId("detail-statements");
        statements.setCellFactory(textCells(st -> "[" + messages.name(st.status()) + "] " + st.text()));
        TextArea draft = new TextArea();
        draft.setId("statement-text");
        draft.setPrefRowCount(3);
        Button add = new Button(messages.get("board.statement.draft"));
        add.setId("statement-draft");
        add.setOnAction(e -> {
            model.draftStatement(draft.getText());
            draft.clear();
        });
        Button agree = new Button(messages.get("board.statement.agree"));
        agree.setId("statement-agree");
        agree.disableProperty().bind(statements.getSelectionModel().selectedItemProperty().isNull());
        agree.setOnAction(e -> model.agreeStatement(statements.getSelectionModel().getSelectedItem().id()));
        TextField keyword = new TextField();
        keyword.setId("keyword-text");
        keyword.setPromptText(messages.get("field.keyword"));
        Button addKeyword = new Button(messages.get("board.keyword.add"));
        addKeyword.setId("keyword-add");
        addKeyword.setOnAction(e -> {
            model.addKeyword(keyword.getText());
            keyword.clear();
        });
        return section(statements, statements, draft, new HBox(6, add, agree),
                new Label(messages.get("field.keyword")), keywords, new HBox(6, keyword, addKeyword));
    }

    private Node metricsTab() {
        chart.setId("metrics-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        ((NumberAxis) chart.getXAxis()).setForceZeroInRange(false);
        chart.getXAxis().setLabel(messages.get("board.metrics.hours"));
        NumberAxis percent = (NumberAxis) chart.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setUpperBound(100);
        percent.setTickUnit(25);
        percent.setLabel(messages.get("board.metrics.percent"));
        TextField at = small("metric-at", messages.get("field.metric.at"), 130);
        TextField reads = small("metric-reads", messages.get("field.metric.reads"), 80);
        TextField reposts = small("metric-reposts", messages.get("field.metric.reposts"), 80);
        TextField comments = small("metric-comments", messages.get("field.metric.comments"), 80);
        TextField likes = small("metric-likes", messages.get("field.metric.likes"), 80);
        TextField heat = small("metric-heat", messages.get("field.metric.heatIndex"), 80);
        TextField stage = small("metric-stage", messages.get("field.metric.stage"), 80);
        Button add = new Button(messages.get("board.metrics.add"));
        add.setId("metric-add");
        add.setOnAction(e -> {
            model.addMetrics(at.getText(), reads.getText(), reposts.getText(), comments.getText(), likes.getText(),
                    heat.getText(), stage.getText());
            List.of(at, reads, reposts, comments, likes, heat, stage).forEach(TextField::clear);
        });
        Button importCsv = new Button(messages.get("board.metrics.import"));
        importCsv.setId("metric-import");
        importCsv.setOnAction(e -> model.chooseMetricsCsv());
        FlowPane form = new FlowPane(6, 6, at, reads, reposts, comments, likes, heat, stage, add, importCsv);
        return section(chart, chart, form);
    }

    private static TextField small(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    private Node evidenceTab() {
        evidence.setId("detail-evidence");
        evidence.setCellFactory(textCells(e -> e.capturedAt().atZone(model.zone()).format(TIME) + "  "
                + e.capturedBy() + "  "
                + (e.kind() == EvidenceKind.FILE ? e.originalName() + "  SHA-256 " + e.sha256() : e.url())
                + (e.note() == null || e.note().isBlank() ? "" : "  " + e.note())));
        Button file = new Button(messages.get("board.evidence.file"));
        file.setId("evidence-file");
        file.setOnAction(e -> model.chooseEvidence());
        TextField link = new TextField();
        link.setId("evidence-link");
        link.setPromptText("https://");
        HBox.setHgrow(link, Priority.ALWAYS);
        Button addLink = new Button(messages.get("board.evidence.link"));
        addLink.setId("evidence-add-link");
        addLink.setOnAction(e -> {
            model.attachLink(link.getText(), "");
            link.clear();
        });
        Button check = new Button(messages.get("board.evidence.check"));
        check.setId("evidence-check");
        check.setOnAction(e -> model.checkEvidence());
        evidenceCheck.setId("evidence-check-result");
        evidenceCheck.setWrapText(true);
        return section(evidence, evidence, new HBox(6, file, link, addLink), new HBox(6, check), evidenceCheck);
    }

    /** A tab's content: {@code growing} takes the height left by the rest, all of it padded alike. */
    private static Node section(Node growing, Node... children) {
        VBox box = new VBox(6, children);
        VBox.setVgrow(growing, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** List cells showing each item as {@code text} gives it, wrapped to the list's width. */
    private static <T> javafx.util.Callback<ListView<T>, javafx.scene.control.ListCell<T>> textCells(
            java.util.function.Function<T, String> text) {
        return list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Node withEntry(ListView<?> list, String id, String buttonText, Consumer<String> action) {
        TextField entry = new TextField();
        entry.setId(id + "-text");
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button(buttonText);
        add.setId(id + "-add");
        add.setOnAction(e -> {
            action.accept(entry.getText());
            entry.clear();
        });
        entry.setOnAction(e -> add.fire());
        return section(list, list, new HBox(6, entry, add));
    }

    private String checkText(List<EvidenceService.Problem> problems) {
        if (problems == null) {
            return "";
        }
        if (problems.isEmpty()) {
            return messages.get("board.evidence.allIntact");
        }
        return String.join("\n", problems.stream().map(p -> messages.get(
                p.kind() == EvidenceService.Problem.Kind.MISSING ? "board.evidence.missing" : "board.evidence.changed",
                p.evidence().originalName(), p.evidence().sha256(), p.actualSha256())).toList());
    }

    private void show(IncidentDetail d) {
        if (d == null) {
            return;
        }
        Incident i = d.incident();
        heading.setText(i.number() + "  " + i.title());
        level.setText(i.level() == null ? messages.get("board.levelNone") : i.level().label());
        level.setStyle(LevelStyle.badge(i.level()));
        phase.setText(messages.name(i.phase()));
        showFacts(i);
        showAssessment(d);
        tasks.getItems().setAll(d.tasks());
        timeline.getItems().setAll(d.timeline());
        timeline.scrollTo(timeline.getItems().size() - 1);
        statements.getItems().setAll(d.statements());
        keywords.getChildren().setAll(d.keywords().stream().map(k -> keywordChip(k.keyword())).toList());
        showMetrics(d.metrics());
        evidence.getItems().setAll(d.evidence());
    }

    private Node keywordChip(String keyword) {
        Label text = new Label(keyword);
        Button remove = new Button("×");
        remove.getStyleClass().addAll("flat", "small");
        remove.setId("keyword-remove-" + keyword);
        remove.setAccessibleText(messages.get("board.keyword.remove", keyword));
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("board.keyword.remove", keyword)));
        remove.setOnAction(e -> model.removeKeyword(keyword));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("board-keyword");
        return chip;
    }

    private void showFacts(Incident i) {
        facts.getChildren().clear();
        IncidentFacts f = i.facts();
        String unknown = messages.get("incident.cli.unknownTime");
        List<String[]> lines = List.of(
                new String[] {"incident.discoveredAt", reported(i.discoveredAt())},
                new String[] {"incident.happenedAt", i.happenedAt() == null ? unknown : reported(i.happenedAt())},
                new String[] {"incident.when", f.sevenWs().when()}, new String[] {"incident.where", f.sevenWs().where()},
                new String[] {"incident.who", f.sevenWs().who()}, new String[] {"incident.what", f.sevenWs().what()},
                new String[] {"incident.why", f.sevenWs().why()}, new String[] {"incident.how", f.sevenWs().how()},
                new String[] {"incident.result", f.sevenWs().result()}, new String[] {"incident.source", f.source()},
                new String[] {"incident.firstPublishedAt", f.firstPublishedAt() == null ? "" : reported(f.firstPublishedAt())},
                new String[] {"incident.firstMedium", f.firstMedium()},
                new String[] {"incident.firstPlatform", f.firstPlatform()},
                new String[] {"incident.firstAccount", f.firstAccount()},
                new String[] {"incident.links", String.join("\n", f.links())},
                new String[] {"incident.spread", f.spread()}, new String[] {"incident.trueSituation", f.trueSituation()},
                new String[] {"incident.background", f.background()});
        int row = 0;
        for (String[] line : lines) {
            Label value = new Label(line[1]);
            value.setWrapText(true);
            Label name = new Label(messages.get("field." + line[0]));
            name.getStyleClass().add("text-muted");
            facts.addRow(row++, name, value);
        }
    }

    /** A reported time as typed, with its offset when it is not the office's ("2026-03-01 22:00 (+09:00)"). */
    private String reported(java.time.OffsetDateTime time) {
        String shown = time.format(DAY_TIME);
        return time.getOffset().equals(model.zone().getRules().getOffset(time.toInstant())) ? shown
                : shown + " (" + time.getOffset() + ")";
    }

    private String proposedText(Assessment a) {
        return a.proposesLevel() ? messages.get("board.assess.proposed", a.proposed().label())
                : messages.get("incident.noWarningCondition");
    }

    private void showAssessment(IncidentDetail d) {
        assessment.getChildren().clear();
        Button assess = new Button(messages.get("board.assess.run"));
        assess.setId("assess-run");
        assess.setOnAction(e -> model.assess());
        assessment.getChildren().add(assess);
        d.pendingAssessment().ifPresent(pending -> {
            Label proposed = new Label(proposedText(pending));
            proposed.setId("assess-proposed");
            proposed.getStyleClass().add("title-4");
            assessment.getChildren().add(proposed);
            pending.reasons().forEach(r -> {
                Label reason = new Label("• " + r);
                reason.setWrapText(true);
                assessment.getChildren().add(reason);
            });
            Button confirm = new Button(messages.get("board.assess.confirm"));
            confirm.setId("assess-confirm");
            confirm.getStyleClass().add("accent");
            confirm.setOnAction(e -> model.confirmLevel());
            confirm.setDisable(!pending.proposesLevel()); // no warning condition met: a level needs a reason
            ComboBox<WarningLevel> other = new ComboBox<>(model.levels());
            other.setId("assess-level");
            other.setConverter(Choices.named(WarningLevel::label));
            TextField reason = new TextField();
            reason.setId("assess-reason");
            reason.setPromptText(messages.get("field.assessment.reason"));
            HBox.setHgrow(reason, Priority.ALWAYS);
            Button override = new Button(messages.get("board.assess.override"));
            override.setId("assess-override");
            override.setOnAction(e -> model.overrideLevel(other.getValue() == null ? null : other.getValue().id(),
                    reason.getText()));
            HBox row = new HBox(6, confirm, other, reason, override);
            row.setAlignment(Pos.CENTER_LEFT);
            assessment.getChildren().add(row);
        });
        Label history = new Label(messages.get("board.assess.history"));
        history.getStyleClass().add("text-muted");
        assessment.getChildren().add(history);
        for (Assessment a : d.assessments().reversed()) {
            String decided = a.decided() == null ? "" : " → " + a.decided().label();
            String reason = a.overrideReason() == null ? "" : "（" + a.overrideReason() + "）";
            Label line = new Label(a.assessedAt().atZone(model.zone()).format(TIME) + "  "
                    + proposedText(a) + decided + "  "
                    + messages.name(a.decision()) + reason + (a.decidedBy() == null ? "" : "  " + a.decidedBy()));
            line.setWrapText(true);
            assessment.getChildren().add(line);
        }
    }

    private void showMetrics(List<MetricPoint> points) {
        chart.getData().clear();
        for (MetricsTrend.Line line : MetricsTrend.of(points, messages).lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            for (MetricsTrend.Point p : line.points()) {
                series.getData().add(new XYChart.Data<>(p.hours(), p.percentOfPeak(), p));
            }
            chart.getData().add(series);
            String indicator = messages.get(line.fieldKey());
            // a point's node exists once the series is in the chart: each tells its figure as reported
            for (XYChart.Data<Number, Number> d : series.getData()) {
                MetricsTrend.Point p = (MetricsTrend.Point) d.getExtraValue();
                javafx.scene.control.Tooltip.install(d.getNode(), new javafx.scene.control.Tooltip(messages.get(
                        "board.metrics.point", indicator, String.format(java.util.Locale.ROOT, "%,d", p.value()),
                        String.format(java.util.Locale.ROOT, "%.1f", p.hours()))));
            }
        }
    }
}
