package org.incidentdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentdesk.domain.event.ReviewChanged;
import org.incidentdesk.domain.event.FollowUpEvent;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The review workspace (总结评估): the list of all reviews and the review open in it, reached from the list or
 * from an ended incident on the board. Listens for review changes while shown, so another workstation's star or
 * rating appears.
 */
public final class ReviewViewModel implements ViewModelWorkspace.Activatable {
    /** The workspace's pages, in the order of its tabs. */
    public enum Page { LIST, TIMELINE, SCORE, WRITTEN }

    private final ReviewListViewModel list;
    private final ReviewDetailViewModel detail;
    private final WrittenViewModel written;
    private final FollowUpsViewModel followUps;
    private final FxEvents events;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LIST);
    private final List<Runnable> subscriptions = new ArrayList<>();
    private LongConsumer printer = id -> { };

    public ReviewViewModel(ReviewListViewModel list, ReviewDetailViewModel detail, WrittenViewModel written,
                           FollowUpsViewModel followUps, FxEvents events) {
        this.list = list;
        this.detail = detail;
        this.written = written;
        this.followUps = followUps;
        this.events = events;
        detail.afterChange(list::reload);
        detail.detailProperty().addListener((o, a, d) -> {
            if (d != null && (a == null || a.incident().id() != d.incident().id())) {
                written.show(d.incident().id());
            }
        });
    }

    /** Opens the review of {@code incidentId} (started if it has none) on its timeline. */
    public void open(long incidentId) {
        detail.open(incidentId);
        page.set(Page.TIMELINE);
    }

    /** Where 打印报告 takes the user: the 文书 workspace on the review report (the composition root sets it). */
    public void printWith(LongConsumer printer) {
        this.printer = printer;
    }

    /** Prints the open review's report (处置工作总结评估报告): preview, marks and printer are the 文书 workspace's. */
    public void print() {
        if (detail.detailProperty().get() != null) {
            printer.accept(detail.detailProperty().get().incident().id());
        }
    }

    @Override
    public void activate() {
        if (subscriptions.isEmpty()) {
            subscriptions.add(events.subscribe(ReviewChanged.class, e -> {
                list.reload();
                followUps.reload();
                if (detail.shownId() != null && detail.shownId() == e.incidentId()) {
                    detail.reload();
                }
            }));
            subscriptions.add(events.subscribe(FollowUpEvent.class, e -> {
                followUps.reload();
                if (detail.shownId() != null && detail.shownId() == e.incidentId()) {
                    written.reload();
                }
            }));
        }
        list.reload();
        detail.reload();
        written.reload();
        followUps.reload();
    }

    @Override
    public void deactivate() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    public ReviewListViewModel list() {
        return list;
    }

    public ReviewDetailViewModel detail() {
        return detail;
    }

    public FollowUpsViewModel followUps() {
        return followUps;
    }

    public WrittenViewModel written() {
        return written;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReviewTexts texts() {
        return detail.texts();
    }
}
