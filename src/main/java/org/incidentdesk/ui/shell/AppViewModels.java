package org.incidentdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

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
    private boolean started;

    /** Registers {@code viewModel}; when the window is already open it starts at once. */
    public void add(AppViewModel viewModel) {
        members.add(viewModel);
        if (started) {
            viewModel.start();
        }
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
