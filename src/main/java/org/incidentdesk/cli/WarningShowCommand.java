package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.service.warning.WarningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning show ID [--json]}: the warning with the law's fields, its history and the units notified. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a warning with its history and notices. 显示预警及其记录和通知单位。")
final class WarningShowCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The warning's number, e.g. 2026-Y001. 预警编号。")
    String id;

    @Option(names = "--json", description = "Print a JSON document. 以 JSON 输出。")
    boolean json;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            WarningService warnings = services.warnings();
            Warning w = warnings.byNumberOrId(id);
            List<WarningChange> history = warnings.history(w.id());
            List<UnitNotice> notices = warnings.receipts().of(w.id());
            if (json) {
                out.println(WarningJson.detail(w, history, notices, warnings, services.zone()));
            } else {
                print(w, history, notices, warnings, messages, services.zone(), out);
            }
            return 0;
        });
    }

    private static void print(Warning w, List<WarningChange> history, List<UnitNotice> notices, WarningService warnings,
                              Messages messages, ZoneId zone, PrintWriter out) {
        line(out, messages, "warning.cli.number", w.number());
        line(out, messages, "warning.cli.level", warnings.levelOf(w).label());
        line(out, messages, "warning.cli.status", messages.name(w.status()));
        line(out, messages, "warning.cli.category", warnings.planOf(w).category(w.categoryId())
                .map(c -> c.name() + "（" + c.id() + "）").orElse(w.categoryId()));
        line(out, messages, "warning.cli.starts", w.startsAt().toString());
        line(out, messages, "warning.cli.scope", w.scope());
        line(out, messages, "warning.cli.items", String.join("；", w.items()));
        line(out, messages, "warning.cli.measures", String.join("；", w.measures()));
        line(out, messages, "warning.cli.issuer", warnings.authorities().roleName(w.issuerRole()) + "（" + w.issuedBy() + "）");
        line(out, messages, "warning.cli.issuedAt", time(w.issuedAt(), zone));
        line(out, messages, "warning.cli.incidents", String.join(" ", warnings.incidentNumbers(w)));
        if (w.liftedAt() != null) {
            line(out, messages, "warning.cli.liftedAt", time(w.liftedAt(), zone) + "  " + w.liftReason());
        }
        line(out, messages, "warning.cli.history", "");
        for (WarningChange c : history) {
            String levels = (c.fromLevelId() == null ? "" : c.fromLevelId()) + (c.fromLevelId() != null && c.toLevelId() != null
                    ? " → " : "") + (c.toLevelId() == null ? "" : c.toLevelId());
            out.println("  " + time(c.at(), zone) + "  " + c.actor() + "  " + messages.name(c.kind())
                    + "  " + levels + (c.reason() == null ? "" : "  " + c.reason()));
        }
        line(out, messages, "warning.cli.notices", Integer.toString(notices.size()));
        for (UnitNotice n : notices) {
            String acknowledged = n.acknowledged()
                    ? messages.get("warning.cli.acknowledged", n.acknowledgedBy(), time(n.acknowledgedAt(), zone))
                    : messages.get("warning.cli.notAcknowledged");
            out.println("  " + String.join("  ", n.unitName(), blank(n.liaisonName(), messages), blank(n.phone(), messages),
                    acknowledged));
        }
    }

    private static String time(java.time.Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime().withNano(0).toString();
    }

    private static String blank(String value, Messages messages) {
        return value == null ? messages.get("warning.cli.unknown") : value;
    }

    private static void line(PrintWriter out, Messages messages, String key, String value) {
        out.println(messages.get("incident.cli.line", messages.get(key), value));
    }
}
