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
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.service.incident.TimelineText;

/**
 * The selected incident: header with level and phase, the legal lifecycle actions, and tabs for facts,
 * assessment, tasks, timeline with notes, statements and keywords, metrics with the trend chart, and evidence.
 */
final class IncidentDetailView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

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
                tab("facts", messages.get("board.tab.facts"), new ScrollPane(facts)),
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

    private Node assessmentTab() {
        assessment.setPadding(new Insets(8));
        return new ScrollPane(assessment);
    }

    private Node tasksTab() {
        tasks.setId("detail-tasks");
        tasks.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HandlingTask t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String due = t.dueAt() == null ? "" : "  " + messages.get("board.task.due",
                        t.dueAt().atZone(model.zone()).format(TIME));
                String result = t.result() == null ? "" : "  " + t.result();
                setText(t.unitName() + "：" + t.description() + due + "  [" + messages.name(t.status()) + "]" + result);
                setWrapText(true);
            }
        });
        ComboBox<OrgUnit> unit = new ComboBox<>(model.taskUnits());
        unit.setId("task-unit");
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(OrgUnit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public OrgUnit fromString(String s) {
                throw new UnsupportedOperationException("choices only");
            }
        });
        TextField description = new TextField();
        description.setId("task-description");
        description.setPromptText(messages.get("field.task.description"));
        TextField due = new TextField();
        due.setId("task-due");
        due.setPromptText(messages.get("board.intake.timePrompt"));
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
        Button done = new Button(messages.get("board.task.done"));
        done.setId("task-done");
        done.disableProperty().bind(tasks.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> {
            HandlingTask t = tasks.getSelectionModel().getSelectedItem();
            model.updateTask(t.id(), TaskStatus.DONE, result.getText());
            result.clear();
        });
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(result, Priority.ALWAYS);
        VBox box = new VBox(6, tasks, new HBox(6, unit, description, due, assign), new HBox(6, result, done));
        VBox.setVgrow(tasks, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node timelineTab() {
        timeline.setId("detail-timeline");
        timeline.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry t, boolean empty) {
                super.updateItem(t, empty);
                setWrapText(true);
                setText(empty || t == null ? null : t.at().atZone(model.zone()).format(TIME) + "  "
                        + messages.name(t.kind()) + "  " + t.actor() + "  " + TimelineText.describe(t, messages));
            }
        });
        return withEntry(timeline, "note", messages.get("board.note.add"), model::addNote);
    }

    private Node statementsTab() {
        statements.setId("detail-statements");
        statements.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Statement s, boolean empty) {
                super.updateItem(s, empty);
                setWrapText(true);
                setText(empty || s == null ? null : "[" + messages.name(s.status()) + "] " + s.text());
            }
        });
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
        VBox box = new VBox(6, statements, draft, new HBox(6, add, agree),
                new Label(messages.get("field.keyword")), keywords, new HBox(6, keyword, addKeyword));
        VBox.setVgrow(statements, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node metricsTab() {
        chart.setId("metrics-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        ((NumberAxis) chart.getXAxis()).setForceZeroInRange(false);
        chart.getXAxis().setLabel(messages.get("board.metrics.hours"));
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
        VBox box = new VBox(6, chart, form);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
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
        evidence.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String what = e.kind() == EvidenceKind.FILE ? e.originalName() + "  SHA-256 " + e.sha256() : e.url();
                setText(e.capturedAt().atZone(model.zone()).format(TIME) + "  " + e.capturedBy() + "  " + what
                        + (e.note() == null || e.note().isBlank() ? "" : "  " + e.note()));
            }
        });
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
        VBox box = new VBox(6, evidence, new HBox(6, file, link, addLink), new HBox(6, check), evidenceCheck);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
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
        VBox box = new VBox(6, list, new HBox(6, entry, add));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
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
        keywords.getChildren().setAll(d.keywords().stream().map(k -> {
            Label l = new Label(k.keyword());
            l.getStyleClass().add("board-keyword");
            return (Node) l;
        }).toList());
        showMetrics(d.metrics());
        evidence.getItems().setAll(d.evidence());
    }

    private void showFacts(Incident i) {
        facts.getChildren().clear();
        IncidentFacts f = i.facts();
        String unknown = messages.get("incident.cli.unknownTime");
        List<String[]> lines = List.of(
                new String[] {"incident.discoveredAt", i.discoveredAt().toString()},
                new String[] {"incident.happenedAt", i.happenedAt() == null ? unknown : i.happenedAt().toString()},
                new String[] {"incident.when", f.sevenWs().when()}, new String[] {"incident.where", f.sevenWs().where()},
                new String[] {"incident.who", f.sevenWs().who()}, new String[] {"incident.what", f.sevenWs().what()},
                new String[] {"incident.why", f.sevenWs().why()}, new String[] {"incident.how", f.sevenWs().how()},
                new String[] {"incident.result", f.sevenWs().result()}, new String[] {"incident.source", f.source()},
                new String[] {"incident.firstPublishedAt", f.firstPublishedAt() == null ? "" : f.firstPublishedAt().toString()},
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
            other.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(WarningLevel l) {
                    return l == null ? "" : l.label();
                }

                @Override
                public WarningLevel fromString(String s) {
                    throw new UnsupportedOperationException("choices only");
                }
            });
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
        if (points.isEmpty()) {
            return;
        }
        long start = points.get(0).at().toEpochSecond();
        addSeries("field.metric.reads", points, MetricPoint::reads, start);
        addSeries("field.metric.comments", points, MetricPoint::comments, start);
        addSeries("field.metric.heatIndex", points, MetricPoint::heatIndex, start);
        addSeries("field.metric.reposts", points, MetricPoint::reposts, start);
    }

    private void addSeries(String key, List<MetricPoint> points, java.util.function.Function<MetricPoint, Long> value,
                           long start) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(messages.get(key));
        for (MetricPoint p : points) {
            Long v = value.apply(p);
            if (v != null) {
                series.getData().add(new XYChart.Data<>((p.at().toEpochSecond() - start) / 3600.0, v));
            }
        }
        if (!series.getData().isEmpty()) {
            chart.getData().add(series);
        }
    }
}
