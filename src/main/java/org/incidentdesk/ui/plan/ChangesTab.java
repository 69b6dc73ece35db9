package org.incidentdesk.ui.plan;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.PlanChange;
import org.incidentdesk.ui.common.Tables;

/**
 * 与模板比较: every difference between the draft and the template it came from, in the office's words
 * ("舆情报告时限（重大）：2小时 → 1小时"); the field path in the source file is in the row's tooltip.
 */
final class ChangesTab {
    private final PlanDraftViewModel viewModel;
    private final Messages messages;

    ChangesTab(PlanDraftViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
    }

    Tab build() {
        TableView<PlanChange> table = new TableView<>(viewModel.changes());
        table.setId("change-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tables.text(messages.get("planui.change.kind"), 70,
                        (PlanChange c) -> messages.get("planui.change." + c.kind().name())),
                Tables.wrapping(messages.get("planui.change.words"), 700, viewModel::describeChange)));
        table.getColumns().get(0).setMaxWidth(90);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlanChange change, boolean empty) {
                super.updateItem(change, empty);
                setTooltip(empty || change == null ? null
                        : new Tooltip(messages.get("planui.change.pathTip", change.path())));
            }
        });
        table.setPlaceholder(new Label(messages.get("planui.change.none")));
        Tab tab = new Tab(messages.get("planui.tab.changes"), table);
        tab.setId("tab-plan-changes");
        return tab;
    }
}
