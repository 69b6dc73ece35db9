package org.incidentdesk.service.plan.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.common.SafeFileWrite;
import org.yaml.snakeyaml.DumperOptions;

/** Serialises a plan to YAML or JSON; {@link PlanReader} reads the result back into the same plan. */
public final class PlanWriter {
    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanWriter() {
    }

    private static YAMLFactory yamlFactory() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        // Chinese sentences are long; folding them over several lines would make the file hard to edit.
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return YAMLFactory.builder()
                .dumperOptions(options)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build();
    }

    public static String toYaml(ContingencyPlan plan) {
        return write(YAML, plan);
    }

    public static String toJson(ContingencyPlan plan) {
        return write(JSON, plan) + System.lineSeparator();
    }

    public static String write(ContingencyPlan plan, PlanFormat format) {
        return format == PlanFormat.JSON ? toJson(plan) : toYaml(plan);
    }

    /**
     * Writes the plan to {@code file} (JSON for {@code .json}, YAML otherwise) through {@link SafeFileWrite}, so
     * the target is either the complete new plan or untouched.
     */
    public static void writeFile(ContingencyPlan plan, Path file) {
        byte[] text = write(plan, PlanFormat.forFileName(file.getFileName().toString())).getBytes(StandardCharsets.UTF_8);
        try {
            SafeFileWrite.replace(file, out -> out.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String write(ObjectMapper mapper, ContingencyPlan plan) {
        try {
            return mapper.writeValueAsString(PlanTree.of(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan tree holds only maps, lists and scalars", e);
        }
    }
}
