package org.incidentdesk.ui.shell;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Theme;

/** State of the main window: language, theme, the status bar's facts and clock. */
public final class ShellViewModel {
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Clock clock;
    private final ZoneId zone;
    private final String dataDir;
    private final String database;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper now = new ReadOnlyStringWrapper();
    private final AppViewModels appViewModels = new AppViewModels();
    private final ObjectProperty<StartupState> startup = new SimpleObjectProperty<>(StartupState.READY);
    private Runnable retry = () -> { };

    public ShellViewModel(Clock clock, ZoneId zone, String dataDir, String database, Locale locale, Theme theme) {
        this.clock = clock;
        this.zone = zone;
        this.dataDir = dataDir;
        this.database = database;
        this.locale.set(locale);
        this.theme.set(theme);
        tick();
    }

    public void tick() {
        now.set(CLOCK_FORMAT.format(clock.instant().atZone(zone)));
    }

    public Messages messages() {
        return new Messages(locale.get());
    }

    public void toggleLanguage() {
        locale.set("en".equals(locale.get().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The ViewModels that live as long as the window, whichever workspace is shown. */
    public AppViewModels appViewModels() {
        return appViewModels;
    }

    public String dataDir() {
        return dataDir;
    }

    public String database() {
        return database;
    }

    public ReadOnlyObjectProperty<StartupState> startupProperty() {
        return startup;
    }

    public boolean isReady() {
        return startup.get() instanceof StartupState.Ready;
    }

    /** The database is opening behind the window; {@code retry} opens it again after a failure. */
    public void startupOpening(Runnable retry) {
        this.retry = retry;
        startup.set(StartupState.OPENING);
    }

    public void startupReady() {
        startup.set(StartupState.READY);
    }

    public void startupFailed(String messageKey, List<Object> args) {
        startup.set(new StartupState.Failed(messageKey, args));
    }

    public void retryStartup() {
        retry.run();
    }
}
