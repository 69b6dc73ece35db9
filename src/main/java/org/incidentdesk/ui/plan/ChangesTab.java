package org.incidentdesk.ui.plan;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.PlanChange;
import org.incidentdesk.ui.common.Tables;

/** 与模板比较: every difference between the draft and the template it came from. */
final class ChangesTab {
    private final PlanViewModel viewModel;
    private final Messages messages;

    ChangesTab(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    Tab build() {
        TableView<PlanChange> table = new TableView<>(viewModel.changes());
        table.setId("change-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.change.path"), 220, PlanChange::path),
                Tables.text(messages.get("planui.change.kind"), 60,
                        (PlanChange c) -> messages.get("planui.change." + c.kind().name())),
                Tables.wrapping(messages.get("planui.change.old"), 260, PlanChange::oldValue),
                Tables.wrapping(messages.get("planui.change.new"), 260, PlanChange::newValue)));
        table.setPlaceholder(new Label(messages.get("planui.change.none")));
        Tab tab = new Tab(messages.get("planui.tab.changes"), table);
        tab.setId("tab-plan-changes");
        return tab;
    }
}
