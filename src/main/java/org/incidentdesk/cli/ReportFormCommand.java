package org.incidentdesk.cli;

import org.incidentdesk.service.importing.OutputTarget;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.PrintedSecrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.FormRequest;
import org.incidentdesk.service.documents.IssuedPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report FORM --out FILE.pdf}: issues one form as PDF (takes its 文号, records it). Incident forms take
 * {@code --incident 2026-001} (the number as shown, never an internal id), or {@code --sample} for the invented example.
 */
@Command(mixinStandardHelpOptions = true,
        description = {"Write the form as PDF; numbered forms take the next document number and every export is recorded.",
                "输出该文书的 PDF；编号文书取下一个文号，每次输出都登记。"})
final class ReportFormCommand implements Callable<Integer> {
    /** The command that prints a warning notice of any action, chosen with {@code --action}. */
    static final String WARNING_NOTICE = "warning-notice";

    private final FormKind fixedForm;

    @ParentCommand
    private ReportCommand report;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write. 输出文件。")
    private Path out;

    @Option(names = "--incident", paramLabel = "2026-001",
            description = "The incident the form belongs to, by its number as shown. 所属事件编号（如 2026-001）。")
    private String incident;

    @Option(names = "--warning", paramLabel = "ID",
            description = "Warning notices: the stored warning, e.g. 2026-Y001. 预警通知：所依据的预警编号。")
    private String warning;

    @Option(names = "--action", paramLabel = "issue|adjust|lift",
            description = "warning-notice: which notice (default issue). 发布、调整或解除通知。")
    private String action;

    @Option(names = "--plan", paramLabel = "ID", description = "plan: the office plan to print (default: the active one). 预案编号。")
    private Long plan;

    @Option(names = "--accountability",
            description = "review-report: include the accountability records (left out by default). 总结评估报告：附责任追究内容（默认不含）。")
    private boolean accountability;

    @Option(names = "--sample", description = "Fill with invented sample data. 用虚构示例数据填写。")
    private boolean sample;

    @Option(names = "--sequence", paramLabel = "N", defaultValue = "1",
            description = "Which follow-up report or bulletin issue (续报/通报期数).")
    private int sequence;

    @Option(names = "--copy", paramLabel = "NNNNNN", description = "份号 (6 digits).")
    private String copy;

    @Option(names = "--secrecy", paramLabel = "秘密|机密|绝密", description = "密级.")
    private String secrecy;

    @Option(names = "--period", paramLabel = "1年", description = "保密期限.")
    private String period;

    @Option(names = "--urgency", paramLabel = "加急|特急", description = "紧急程度.")
    private String urgency;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "值班表: first day. 起始日期。")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "值班表: last day. 截止日期。")
    private LocalDate to;

    /** {@code form} null: the warning notice whose action {@code --action} chooses. */
    ReportFormCommand(FormKind form) {
        this.fixedForm = form;
    }

    private FormKind form(Messages messages) {
        if (fixedForm != null) {
            if (action != null) {
                throw new ParameterException(spec.commandLine(), messages.get("report.cli.noAction", fixedForm.id()));
            }
            return fixedForm;
        }
        String chosen = action == null ? "issue" : action.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "issue" -> FormKind.WARNING_ISSUE;
            case "adjust" -> FormKind.WARNING_ADJUST;
            case "lift" -> FormKind.WARNING_LIFT;
            default -> throw new ParameterException(spec.commandLine(), messages.get("report.cli.badAction", action));
        };
    }

    @Override
    public Integer call() {
        OutputTarget.check(out);
        RootCommand root = report.root();
        Messages messages = root.messages();
        FormKind form = form(messages);
        FormRequest request = request(form, messages);
        try (CliServices services = root.openServices(spec)) {
            if (incident != null) {
                request = request.forIncident(IncidentArgument.id(services, "--incident", incident));
            }
            if (warning != null) {
                request = request.forWarning(services.warnings().byNumberOrId(warning).id());
            }
            IssuedPdf issued = services.documents().export(request, out);
            String number = issued.record().number() == null ? messages.get("report.cli.noNumber") : issued.record().number();
            spec.commandLine().getOut().println(messages.get("report.cli.exported", messages.get(form.messageKey()),
                    number, issued.pdf().pages(), issued.record().sha256(), out));
            return 0;
        }
    }

    private FormRequest request(FormKind form, Messages messages) {
        boolean warningForm = form == FormKind.WARNING_ISSUE || form == FormKind.WARNING_ADJUST || form == FormKind.WARNING_LIFT;
        if (warning != null && (!warningForm || sample)) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.noWarningForm", form.id()));
        }
        if (form.fromIncident() && incident == null && !sample && warning == null) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.needIncident", form.id()));
        }
        if (!form.fromIncident() && (incident != null || sample)) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.noIncidentForm", form.id()));
        }
        if (plan != null && form != FormKind.PLAN) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.noPlanForm"));
        }
        if (accountability && form != FormKind.REVIEW_REPORT) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.noAccountabilityForm", form.id()));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), messages.get("report.cli.badRange", from, to));
        }
        return FormRequest.of(form).withSequence(sequence)
                .withMarks(copy, secrecy(messages), period, urgency(messages)).withDutyRange(from, to).forPlan(plan)
                .withAccountability(accountability);
    }

    private Secrecy secrecy(Messages messages) {
        if (secrecy == null) {
            return Secrecy.NONE;
        }
        for (Secrecy level : Secrecy.values()) {
            if (level != Secrecy.NONE && (PrintedSecrecy.mark(level).equals(secrecy) || level.name().equalsIgnoreCase(secrecy.replace('-', '_')))) {
                return level;
            }
        }
        throw new ParameterException(spec.commandLine(), messages.get("report.cli.badSecrecy", secrecy));
    }

    private Urgency urgency(Messages messages) {
        if (urgency == null) {
            return Urgency.NONE;
        }
        for (Urgency level : Urgency.values()) {
            if (level != Urgency.NONE && (level.mark().equals(urgency)
                    || level.name().equalsIgnoreCase(urgency.replace('-', '_').toUpperCase(Locale.ROOT)))) {
                return level;
            }
        }
        throw new ParameterException(spec.commandLine(), messages.get("report.cli.badUrgency", urgency));
    }
}
