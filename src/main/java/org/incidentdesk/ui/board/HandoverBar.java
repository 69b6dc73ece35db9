package org.incidentdesk.ui.board;

import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The latest shift handover (交接班) under the board: what is open, what to watch, confirmed or not. */
final class HandoverBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final HBox root = new HBox(8);

    HandoverBar(BoardViewModel model, HandoverViewModel handover) {
        Messages messages = model.messages();
        Label text = new Label();
        text.setId("handover-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button write = new Button(messages.get("board.handover.write"));
        write.setId("handover-write");
        Permissions.needs(write, Permission.HANDOVER);
        write.setOnAction(e -> handover.prepare());
        handover.draftProperty().addListener((o, a, draft) -> {
            if (draft != null) {
                new HandoverDialog(messages).ask(root.getScene().getWindow(), draft).ifPresentOrElse(
                        h -> handover.write(h.openItems(), h.watchItems(), h.successor()), handover::cancel);
            }
        });
        Button confirm = new Button(messages.get("board.handover.confirm"));
        confirm.setId("handover-confirm");
        Permissions.needs(confirm, Permission.HANDOVER);
        confirm.setOnAction(e -> {
            HandoverDialog dialog = new HandoverDialog(messages);
            if (handover.signInToConfirm()) {
                dialog.askSignIn(root.getScene().getWindow())
                        .ifPresent(c -> handover.confirmSignedIn(c.account(), c.password()));
            } else {
                dialog.askReader(root.getScene().getWindow(), handover).ifPresent(handover::confirm);
            }
        });
        write.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirm.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.handoverProperty().addListener((o, a, latest) -> {
            confirm.setDisable(latest.isEmpty() || latest.get().confirmed());
            text.setText(latest.map(h -> describe(h, messages, model)).orElse(messages.get("board.handover.none")));
        });
        confirm.setDisable(true);
        text.setText(messages.get("board.handover.none"));
        root.getChildren().addAll(new Label(messages.get("board.handover")), text, write, confirm);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("board-handover");
    }

    private static String describe(Handover h, Messages messages, BoardViewModel model) {
        String written = h.writtenAt().atZone(model.zone()).format(TIME);
        String state = !h.confirmed() ? messages.get("board.handover.unconfirmed")
                : messages.get(h.confirmedSignedIn() ? "accountui.handover.confirmedSignedIn" : "board.handover.confirmedBy",
                        h.confirmedBy(), h.confirmedAt().atZone(model.zone()).format(TIME));
        String watch = h.watchItems() == null || h.watchItems().isBlank() ? ""
                : messages.get("board.handover.watch", oneLine(h.watchItems()));
        String by = h.successor() == null ? h.writtenBy()
                : h.writtenBy() + " " + messages.get("board.handover.to", h.successor());
        return messages.get("board.handover.line", written, by, oneLine(h.openItems()), watch, state);
    }

    /** A handover's lines as one wrapped line for the bar: "在办事件：2026-001 …；已超时：无". */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String item = line.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '：' && out.charAt(out.length() - 1) != ':') {
                out.append("；");
            }
            out.append(item);
        }
        return out.toString();
    }

    Node root() {
        return root;
    }
}
