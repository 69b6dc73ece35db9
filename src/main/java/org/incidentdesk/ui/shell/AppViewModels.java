package org.incidentdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import org.incidentdesk.domain.common.Messages;

/**
 * The app-lifetime ViewModels the shell owns: unlike a workspace's ViewModel, each keeps listening and
 * updating while any workspace is shown, from when the window opens until it closes, across language
 * switches. The alert banner, the list of open deadlines and the office's current warning level belong
 * here; the composition root registers them with {@link #add}.
 */
public final class AppViewModels {
    /** A ViewModel that lives as long as the window. */
    public interface AppViewModel {
        /** The window opened: start listening to events and arming wake-ups. */
        void start();

        /** The window closed: stop listening. */
        void stop();
    }

    private final List<AppViewModel> members = new ArrayList<>();
    private final List<Function<Messages, Node>> headerItems = new ArrayList<>();
    private final List<Function<Messages, Node>> banners = new ArrayList<>();
    private boolean started;

    /** Registers {@code viewModel}; when the window is already open it starts at once. */
    public void add(AppViewModel viewModel) {
        members.add(viewModel);
        if (started) {
            viewModel.start();
        }
    }

    /**
     * How an app-lifetime ViewModel shows in the header on every workspace (the office's warning level): the
     * window builds the node anew in each language, beside the title.
     */
    public void showInHeader(Function<Messages, Node> item) {
        headerItems.add(item);
    }

    /** As {@link #showInHeader}, for a full-width line under the header (the sensitive-period banner). */
    public void showUnderHeader(Function<Messages, Node> banner) {
        banners.add(banner);
    }

    List<Node> headerItems(Messages messages) {
        return headerItems.stream().map(item -> item.apply(messages)).toList();
    }

    List<Node> banners(Messages messages) {
        return banners.stream().map(banner -> banner.apply(messages)).toList();
    }

    void startAll() {
        if (!started) {
            started = true;
            members.forEach(AppViewModel::start);
        }
    }

    void stopAll() {
        if (started) {
            started = false;
            members.reversed().forEach(AppViewModel::stop);
        }
    }

    public boolean isStarted() {
        return started;
    }

    public List<AppViewModel> members() {
        return List.copyOf(members);
    }
}
