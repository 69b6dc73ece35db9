package org.incidentdesk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.ConnectionLostException;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.service.roster.io.RosterFileException;

/**
 * How every ViewModel turns a failed task into words for the user: field problems back to the form that
 * caused them, everything else in one error dialog, a cancelled job in a quiet notice.
 */
public final class Failures {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final DialogService dialogs;
    private final String staleKey;
    private final ZoneId zone;

    /**
     * {@code staleKey} names the message for a stale save, which each workspace words for its own data; the time
     * of the other person's change is shown in the workstation's zone.
     */
    public Failures(Messages messages, DialogService dialogs, String staleKey) {
        this(messages, dialogs, staleKey, ZoneId.systemDefault());
    }

    /** As above, showing the time of the other person's change in {@code zone} (the office's). */
    public Failures(Messages messages, DialogService dialogs, String staleKey, ZoneId zone) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.staleKey = staleKey;
        this.zone = zone;
    }

    /** The failure in the user's language. */
    public String describe(Throwable failure) {
        return switch (failure) {
            case ValidationException invalid -> String.join("\n", byField(invalid.violations()).values());
            case InvalidPlanException invalid -> String.join("\n",
                    invalid.problems().stream().map(p -> p.describe(messages)).toList());
            case StaleDataException stale -> messages.get(staleKey) + stale.changedBy()
                    .map(who -> messages.get("validation.stale.by", who, stale.changedAt().map(this::local).orElse("")))
                    .orElse("");
            case RosterFileException file -> messages.get(file.messageKey(), file.args());
            case ConnectionLostException lost -> messages.get("database.connection.refused", lost.database());
            case CancellationException cancelled -> messages.get("common.cancelled");
            default -> messages.get("common.unexpected",
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        };
    }

    private String local(Instant at) {
        return LOCAL_TIME.format(at.atZone(zone));
    }

    /** Shows the failure under the general error title. */
    public void show(Throwable failure) {
        show(failure instanceof InvalidPlanException ? "planui.invalid.title" : "common.error", failure);
    }

    /**
     * Shows the failure under a title of its own ("无法导入"); a cancelled job, and a call refused while the shared
     * database is out of reach (the header and its banner already say so; a dialog for every refresh would bury the
     * window), are only noted.
     */
    public void show(String titleKey, Throwable failure) {
        if (failure instanceof CancellationException || failure instanceof ConnectionLostException) {
            dialogs.notify(describe(failure), null, null);
        } else {
            dialogs.showError(messages.get(titleKey), describe(failure));
        }
    }

    /**
     * For a form: field problems go back to it; anything else is shown in a dialog and the form gets an empty
     * map, so it can enable its Save button again and keep what the user typed.
     */
    public void toForm(Throwable failure, Consumer<Map<String, String>> onProblems) {
        if (failure instanceof ValidationException invalid) {
            onProblems.accept(byField(invalid.violations()));
        } else {
            show(failure);
            onProblems.accept(Map.of());
        }
    }

    /** Field → message, in the order found; several messages for one field are joined. */
    public Map<String, String> byField(List<Violation> violations) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(messages.describe(v));
        }
        Map<String, String> joined = new LinkedHashMap<>();
        byField.forEach((field, list) -> joined.put(field, String.join("\n", list)));
        return joined;
    }
}
