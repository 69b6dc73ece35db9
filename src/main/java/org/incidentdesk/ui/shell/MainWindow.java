package org.incidentdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.FxDialogService;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Job;
import org.incidentdesk.ui.common.NoticeBar;
import org.incidentdesk.ui.common.NotificationArea;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The main window: title bar, navigation rail, the current workspace, notices and the status bar. A
 * language switch rebuilds the content in the new language, keeping the selected workspace.
 */
public final class MainWindow {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final Stage stage;
    private final ShellViewModel viewModel;
    private final WorkspaceFactory factory;
    private final TaskRunner tasks;
    private final BorderPane root = new BorderPane();
    /** The window's content, and over it the sign-in or lock pane while one is up. */
    private final StackPane layers = new StackPane(root);
    private javafx.scene.Node cover;
    private final Scene scene;
    private final Timeline clockTicker;
    private List<Workspace> workspaces = List.of();
    private final List<ToggleButton> railButtons = new ArrayList<>();
    private Workspace current;
    private DialogService dialogs;
    private final Map<String, NoticeBar> notices = new HashMap<>();
    private final StackPane noticeSlot = new StackPane();
    private ChangeListener<Job> jobListener;
    private final List<HeaderItem> headerItems = new ArrayList<>();
    private final NotificationArea notifications = new NotificationArea();
    /** The workspace with the side panel laid over its right edge (never beside it, which squeezed its tables). */
    private final StackPane workspaceLayer = new StackPane();
    private final HeaderItem.SidePanel sidePanel = new HeaderItem.SidePanel() {
        private javafx.scene.Node shown;

        @Override
        public void show(javafx.scene.Node panel) {
            hide();
            StackPane.setAlignment(panel, Pos.TOP_RIGHT);
            workspaceLayer.getChildren().add(panel);
            shown = panel;
        }

        @Override
        public void hide() {
            workspaceLayer.getChildren().remove(shown);
            shown = null;
        }

        @Override
        public javafx.scene.Node shown() {
            return shown;
        }
    };

    public MainWindow(Stage stage, ShellViewModel viewModel, WorkspaceFactory factory, TaskRunner tasks) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.factory = factory;
        this.tasks = tasks;
        root.setId("main-window");
        this.scene = new Scene(layers, 1280, 800);
        // behind a cover no shortcut reaches the workspaces: a key with a modifier that the focused field did not
        // take ends here, before the scene's accelerators (Enter and Tab still reach the cover's own buttons)
        layers.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (cover != null && (key.isShortcutDown() || key.isControlDown() || key.isAltDown() || key.isMetaDown())) {
                key.consume();
            }
        });
        viewModel.themeProperty().addListener((obs, old, theme) -> theme.apply(scene));
        viewModel.themeProperty().get().apply(scene);
        viewModel.localeProperty().addListener((obs, old, locale) -> rebuild());
        viewModel.startupProperty().addListener((obs, old, state) -> rebuild());
        clockTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
        clockTicker.setCycleCount(Animation.INDEFINITE);
        clockTicker.play();
        installShortcuts();
        rebuild();
        viewModel.appViewModels().startAll();
    }

    public Scene scene() {
        return scene;
    }

    /** The app-lifetime ViewModels: started with the window, stopped when it closes. */
    public AppViewModels appViewModels() {
        return viewModel.appViewModels();
    }

    /** The header's notification area: notifications go there, never over the workspace. */
    public NotificationArea notifications() {
        return notifications;
    }

    public List<Workspace> workspaces() {
        return workspaces;
    }

    /** Adds {@code item} to the header of every workspace, now and after each language switch. */
    public void addHeaderItem(HeaderItem item) {
        headerItems.add(item);
        root.setTop(withBanners(header(viewModel.messages()), viewModel.messages()));
    }

    /**
     * Lays {@code pane} over the whole window (the sign-in, the first-run wizard, the locked screen): what is
     * behind it is hidden, takes no input and its keyboard shortcuts are off until {@link #uncover()}.
     */
    public void cover(javafx.scene.Node pane) {
        if (cover != null) {
            layers.getChildren().remove(cover);
        }
        cover = pane;
        root.setVisible(false);
        root.setDisable(true);
        layers.getChildren().add(pane);
    }

    /** Takes the pane {@link #cover} laid over the window away again. */
    public void uncover() {
        if (cover == null) {
            return;
        }
        layers.getChildren().remove(cover);
        cover = null;
        root.setDisable(false);
        root.setVisible(true);
    }

    /** Whether a pane covers the window now. */
    public boolean covered() {
        return cover != null;
    }

    /** Builds the workspaces again (another person signed in: what they may see and do differs). */
    public void rebuildWorkspaces() {
        rebuild();
    }

    /** Shows the workspace {@code id} (as its rail button does); false when there is none. */
    public boolean showWorkspace(String id) {
        for (int i = 0; i < workspaces.size(); i++) {
            if (workspaces.get(i).id().equals(id)) {
                railButtons.get(i).fire();
                return true;
            }
        }
        return false;
    }

    private void rebuild() {
        String selectedId = current == null ? null : current.id();
        Map<String, String> openTabs = new HashMap<>();
        workspaces.forEach(w -> {
            if (w.openTab() != null) {
                openTabs.put(w.id(), w.openTab());
            }
        });
        hide(current);
        current = null;
        Messages messages = viewModel.messages();
        notices.values().forEach(NoticeBar::hide);
        notices.clear();
        dialogs = new FxDialogService(stage, messages, this::noticesOf);
        workspaces = viewModel.isReady() ? factory.create(messages, dialogs) : List.of();
        workspaces.forEach(w -> {
            if (openTabs.containsKey(w.id())) {
                w.reopenTab(openTabs.get(w.id()));
            }
        });
        stage.setOnCloseRequest(event -> {
            if (workspaces.stream().anyMatch(Workspace::hasUnsavedWork)) {
                event.consume();
                afterUnsavedWork(stage::close);
            }
        });
        StackPane content = new StackPane();
        content.setId("workspace-area");
        sidePanel.hide();
        notifications.setDismissHint(messages.get("shell.notification.dismiss"));
        workspaceLayer.getChildren().setAll(content);
        root.setTop(withBanners(header(messages), messages));
        root.setLeft(rail(messages, content));
        root.setCenter(workspaceLayer);
        root.setBottom(statusBar(messages));
        stage.setTitle(messages.get("app.name"));
        int index = 0;
        for (int i = 0; i < workspaces.size(); i++) {
            if (workspaces.get(i).id().equals(selectedId)) {
                index = i;
            }
        }
        if (!workspaces.isEmpty()) {
            select(index, content);
        } else if (!viewModel.isReady()) {
            content.getChildren().setAll(StartupPane.of(viewModel.startupProperty().get(), messages, viewModel,
                    stage::close));
            noticeSlot.getChildren().setAll(noticesOf(null));
        }
    }

    /** Each workspace has its own notice bar, shown in the status bar only while that workspace is. */
    private NoticeBar noticesOf(String workspaceId) {
        return notices.computeIfAbsent(workspaceId == null ? "" : workspaceId, id -> {
            NoticeBar bar = new NoticeBar();
            bar.setId(id.isEmpty() ? "notice-bar" : "notice-bar-" + id);
            return bar;
        });
    }

    private HBox header(Messages messages) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        Button theme = new Button(messages.get("shell.theme"), Icons.THEME.node());
        theme.setId("theme-toggle");
        theme.setTooltip(new Tooltip(messages.get("shell.theme.tip")));
        theme.setOnAction(e -> viewModel.toggleTheme());
        Button language = new Button(messages.get("shell.language"), Icons.LANGUAGE.node());
        language.setId("language-toggle");
        language.setTooltip(new Tooltip(messages.get("shell.language.tip")));
        language.setOnAction(e -> afterUnsavedWork(viewModel::toggleLanguage));
        theme.getStyleClass().add(Styles.FLAT);
        language.getStyleClass().add(Styles.FLAT);
        HBox header = new HBox(12, Icons.ALARM.node(), title);
        header.getChildren().addAll(viewModel.appViewModels().headerItems(messages));
        // the notifications take the free width first; the spacer only what they leave
        notifications.setMaxWidth(640);
        HBox.setHgrow(notifications, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        header.getChildren().addAll(notifications, spacer);
        if (viewModel.isReady()) {
            headerItems.forEach(item -> header.getChildren().add(item.build(messages, dialogs, sidePanel, scene)));
        }
        header.getChildren().addAll(theme, language);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    /** The header with the app-lifetime ViewModels' banners (sensitive period) under it, on every workspace. */
    private VBox withBanners(HBox header, Messages messages) {
        VBox top = new VBox(header);
        top.getChildren().addAll(viewModel.appViewModels().banners(messages));
        return top;
    }

    /**
     * Runs {@code next} (which rebuilds or closes the workspaces) once every workspace's unsaved edits are
     * saved or dropped as the user chose; not at all when the user keeps editing somewhere.
     */
    public void afterUnsavedWork(Runnable next) {
        workspaces.stream().filter(Workspace::hasUnsavedWork).findFirst().ifPresentOrElse(
                unsaved -> unsaved.leaveUnsavedWork(() -> afterUnsavedWork(next)), next);
    }

    private VBox rail(Messages messages, StackPane content) {
        ToggleGroup group = new ToggleGroup();
        railButtons.clear();
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        for (int i = 0; i < workspaces.size(); i++) {
            Workspace workspace = workspaces.get(i);
            ToggleButton button = new ToggleButton(workspace.title(), workspace.icon().node());
            button.setId("nav-" + workspace.id());
            if (!workspace.needs().isEmpty()) {
                Permissions.needs(button, workspace.needs().toArray(Permission[]::new));
            }
            button.setContentDisplay(ContentDisplay.TOP);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(workspace.title() + "  (Ctrl+" + (i + 1) + ")"));
            int index = i;
            button.setOnAction(e -> select(index, content));
            railButtons.add(button);
            rail.getChildren().add(button);
        }
        return rail;
    }

    private HBox statusBar(Messages messages) {
        Label dataDir = new Label(viewModel.dataDir(), Icons.FOLDER.node());
        dataDir.setId("status-data-dir");
        dataDir.setTooltip(new Tooltip(messages.get("shell.status.dataDir")));
        Label database = new Label(messages.get("shell.status.database.embedded"), Icons.DATABASE.node());
        database.setId("status-database");
        database.setTooltip(new Tooltip(viewModel.database()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(tasks.busyProperty());
        Label opening = new Label(messages.get("startup.opening"));
        opening.setId("status-startup");
        opening.setVisible(viewModel.startupProperty().get() instanceof StartupState.Opening);
        opening.managedProperty().bind(opening.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox job = jobProgress(messages);
        Label clock = new Label(null, Icons.CLOCK.node());
        clock.setId("status-clock");
        clock.textProperty().bind(viewModel.nowProperty());
        noticeSlot.setId("notice-slot");
        noticeSlot.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(noticeSlot, Priority.SOMETIMES);
        HBox bar = new HBox(16, dataDir, database, noticeSlot, spacer, opening, job, busy, clock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The long job running now: what it does, how far it is, and a button to cancel it. */
    private HBox jobProgress(Messages messages) {
        Label title = new Label();
        title.setId("job-title");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("job-cancel");
        cancel.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        HBox box = new HBox(8, title, progress, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(tasks.currentJobProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        if (jobListener != null) {
            tasks.currentJobProperty().removeListener(jobListener);
        }
        jobListener = (obs, old, job) -> {
            title.textProperty().unbind();
            progress.progressProperty().unbind();
            cancel.setOnAction(null);
            if (job != null) {
                title.textProperty().bind(job.titleProperty());
                progress.progressProperty().bind(job.progressProperty());
                cancel.setOnAction(e -> job.cancel());
            }
        };
        tasks.currentJobProperty().addListener(jobListener);
        return box;
    }

    private void select(int index, StackPane content) {
        Workspace next = workspaces.get(index);
        railButtons.get(index).setSelected(true);
        if (next == current) {
            return;
        }
        hide(current);
        current = next;
        content.getChildren().setAll(next.view());
        noticeSlot.getChildren().setAll(noticesOf(next.id()), noticesOf(null));
        next.activate();
        scene.getAccelerators().putAll(next.shortcuts());
    }

    /** Deactivates the workspace and takes its keys away with it. */
    private void hide(Workspace workspace) {
        if (workspace == null) {
            return;
        }
        workspace.shortcuts().forEach((key, action) -> scene.getAccelerators().remove(key));
        workspace.deactivate();
    }

    private void installShortcuts() {
        for (int i = 0; i < DIGITS.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < railButtons.size()) {
                    railButtons.get(index).fire();
                }
            });
        }
    }

    /** Stops the clock, the shown workspace and the app-lifetime ViewModels; call when the window closes. */
    public void dispose() {
        clockTicker.stop();
        hide(current);
        viewModel.appViewModels().stopAll();
    }
}
