package org.incidentdesk.ui.roster;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.roster.ResponseDuty;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The 24-hour duty a response switches on: starting it (after asking) for every unit with a liaison, saying
 * which units lack one and whom to phone, with numbers; and ending it.
 */
public final class ResponseDutyViewModel {
    private final RosterService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Throwable> showFailure;
    private final Runnable showOnDutyOnly;

    ResponseDutyViewModel(RosterService service, TaskRunner tasks, DialogService dialogs, Messages messages,
                          Clock clock, Consumer<Throwable> showFailure, Runnable showOnDutyOnly) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.showFailure = showFailure;
        this.showOnDutyOnly = showOnDutyOnly;
    }

    public void startResponseDuty() {
        if (!dialogs.confirm(messages.get("roster.duty.response.title"), messages.get("roster.duty.response.confirm"),
                messages.get("roster.duty.response.start"))) {
            return;
        }
        tasks.write(() -> service.startResponseDuty(clock.instant()), result -> {
            showOnDutyOnly.run();
            String separator = messages.get("common.listSeparator");
            String missing = result.unitsWithoutLiaison().isEmpty() ? ""
                    : messages.get("roster.duty.response.missing", String.join(separator, result.unitsWithoutLiaison()));
            String already = result.alreadyOnDuty().isEmpty() ? ""
                    : messages.get("roster.duty.response.already", String.join(separator, result.alreadyOnDuty()));
            dialogs.showInfo(messages.get("roster.duty.response.title"),
                    messages.get("roster.duty.response.done", result.coveredUnits().size()) + already + missing
                            + whomToCall(result.onCall()));
        }, showFailure);
    }

    /** "请联系：\n县公安局  许晨阳  手机 13800001007  办公 0000-61007888" — one line per person on duty. */
    String whomToCall(List<ResponseDuty.OnCall> onCall) {
        if (onCall.isEmpty()) {
            return "";
        }
        String lines = onCall.stream().map(call -> messages.get("roster.duty.response.callLine", call.unit(),
                call.person(), call.mobile().isEmpty() ? messages.get("roster.detail.none") : call.mobile(),
                call.officePhone().isEmpty() ? messages.get("roster.detail.none") : call.officePhone()))
                .collect(Collectors.joining("\n"));
        return "\n\n" + messages.get("roster.duty.response.call") + "\n" + lines;
    }

    /** Ends every running 24-hour response shift now, after asking. */
    public void endResponseDuty() {
        if (!dialogs.confirm(messages.get("roster.duty.response.endTitle"), messages.get("roster.duty.response.endConfirm"),
                messages.get("roster.duty.response.end"))) {
            return;
        }
        tasks.write(() -> service.endResponseDuty(clock.instant()),
                ended -> dialogs.notify(messages.get("roster.duty.response.ended", ended), null, null), showFailure);
    }
}
