package org.incidentdesk.ui.connection;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.ConnectionState;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.shell.AppViewModels;

/**
 * The state of the link to the shared office database, for the header (on every workspace) and the banner under
 * it that says what is shown may be stale while the link is down. The link reports its changes on its own thread;
 * they reach this ViewModel through {@code fxThread}. Nothing here waits on the database: a lost server is shown,
 * never waited for.
 */
public final class ConnectionStatusViewModel implements AppViewModels.AppViewModel {
    /** Where the link's state comes from: its value now, and a way to hear its changes. */
    public interface LinkState {
        ConnectionState current();

        void onChange(Consumer<ConnectionState> listener);
    }

    private final String database;
    private final ReadOnlyObjectWrapper<ConnectionState> state;
    private volatile boolean listening;

    public ConnectionStatusViewModel(LinkState link, String database, Executor fxThread) {
        this.database = database;
        this.state = new ReadOnlyObjectWrapper<>(link.current());
        link.onChange(next -> {
            if (listening) {
                fxThread.execute(() -> state.set(next));
            }
        });
    }

    /** A fixed state, for a view that has no link (tests of the header). */
    public static ConnectionStatusViewModel fixed(Supplier<ConnectionState> state, String database) {
        return new ConnectionStatusViewModel(new LinkState() {
            @Override
            public ConnectionState current() {
                return state.get();
            }

            @Override
            public void onChange(Consumer<ConnectionState> listener) {
            }
        }, database, Runnable::run);
    }

    @Override
    public void start() {
        listening = true;
    }

    @Override
    public void stop() {
        listening = false;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while the link is down: what the window shows may be stale and saving is refused. */
    public boolean mayBeStale() {
        return state.get() != ConnectionState.CONNECTED;
    }

    /** "共享数据库：已连接" / "…连接中断" / "…正在重新连接". */
    public String text(Messages messages) {
        return messages.get(switch (state.get()) {
            case CONNECTED -> "database.connection.connected";
            case LOST -> "database.connection.lost";
            case RECONNECTING -> "database.connection.reconnecting";
        });
    }

    /** Which database, for the tooltip. */
    public String database() {
        return database;
    }

    /** The banner's words while the link is down; empty while connected. */
    public String staleWarning(Messages messages) {
        return mayBeStale() ? messages.get("database.connection.stale", database) : "";
    }
}
