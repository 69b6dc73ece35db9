package org.incidentdesk.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * A workspace made of one ViewModel and the view built on it. The view is built the first time it is
 * shown; the ViewModel listens only while the workspace is visible.
 */
public abstract class ViewModelWorkspace<M extends ViewModelWorkspace.Activatable> implements Workspace {
    /** A ViewModel that starts listening when its workspace shows and stops when it hides. */
    public interface Activatable {
        void activate();

        void deactivate();
    }

    private final M viewModel;
    private WorkspaceView view;

    protected ViewModelWorkspace(M viewModel) {
        this.viewModel = viewModel;
    }

    public M viewModel() {
        return viewModel;
    }

    protected abstract WorkspaceView createView(M model);

    private WorkspaceView built() {
        if (view == null) {
            view = createView(viewModel);
        }
        return view;
    }

    @Override
    public final Node view() {
        return built().root();
    }

    @Override
    public final Map<KeyCombination, Runnable> shortcuts() {
        return built().shortcuts();
    }

    @Override
    public void activate() {
        viewModel.activate();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }
}
