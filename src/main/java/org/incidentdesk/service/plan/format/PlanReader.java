package org.incidentdesk.service.plan.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.service.importing.BoundedFile;
import org.incidentdesk.service.importing.CellText;
import org.incidentdesk.service.importing.FileNames;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * Reads a plan document (YAML, or JSON for a {@code .json} name) and checks it by code. Every problem found,
 * in the document's shape or against the plan's rules, is reported at once in an
 * {@link InvalidPlanException} naming the file, the line and the field.
 */
public final class PlanReader {
    /** A plan document is text of a few hundred KB at most; four MB leaves room and reads in an instant. */
    static final ImportLimits LIMITS = ImportLimits.DEFAULT.withMaxFileBytes(4L << 20);

    private PlanReader() {
    }

    /** Reads {@code content}; {@code fileName} names the document in problems and chooses the format. */
    public static ContingencyPlan read(String fileName, String content) {
        Problems problems = new Problems();
        List<PlanProblem> syntax = new ArrayList<>();
        DocNode root = DocParser.parse(content, PlanFormat.forFileName(fileName), syntax);
        problems.addAll(syntax);
        ContingencyPlan plan = root == null ? null : PlanMapper.map(root, problems);
        if (plan != null) {
            problems.addUnlessCovered(PlanRules.check(plan));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems.located(fileName, root));
        }
        return plan;
    }

    /**
     * Reads a plan file; a file that cannot be read, or is larger than {@link #LIMITS} allow, is reported like any
     * other problem with it.
     */
    public static ContingencyPlan read(Path file) {
        String name = FileNames.of(file);
        String content;
        try {
            BoundedFile.check(file, LIMITS);
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (ImportRefusal refused) {
            if (refused.getCause() instanceof NoSuchFileException) {
                throw unreadable(name, "plan.invalid.noSuchFile", CellText.forMessage(file.toString(), 200));
            }
            throw unreadable(name, refused.messageKey(), refused.args());
        } catch (NoSuchFileException e) {
            throw unreadable(name, "plan.invalid.noSuchFile", CellText.forMessage(file.toString(), 200));
        } catch (CharacterCodingException e) {
            throw unreadable(name, "plan.invalid.notUtf8");
        } catch (IOException e) {
            throw unreadable(name, "plan.invalid.unreadable", CellText.forMessage(String.valueOf(e.getMessage())));
        }
        return read(name, content);
    }

    /** Reads a plan shipped inside the program, e.g. {@code /org/incidentdesk/plans/county.yaml}. */
    public static ContingencyPlan readResource(String resource) {
        try (InputStream in = PlanReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidPlanException unreadable(String name, String key, Object... args) {
        return new InvalidPlanException(List.of(PlanProblem.at("", key, args).located(name, 0)));
    }
}
