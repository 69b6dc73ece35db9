package org.incidentdesk.service.plan.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.service.importing.CellText;

/**
 * Reads YAML or JSON through Jackson's streaming parser into a {@link DocNode} tree, keeping each token's line.
 * A syntax error or a key written twice becomes a {@link PlanProblem}; the tree is then empty or partial. Text
 * values are normalised as every importer's are ({@link CellText#normalize}: NFC, no zero-width characters).
 */
final class DocParser {
    /**
     * Plans nest a few levels deep; a document nested deeper is refused before it can exhaust the stack. Fifty is
     * also the YAML library's own limit, so the message is true whichever of the two stops first.
     */
    static final int MAX_NESTING = 50;
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxStringLength(1_000_000).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final List<PlanProblem> problems;

    private DocParser(List<PlanProblem> problems) {
        this.problems = problems;
    }

    /** The root node, or null when the text is empty or not well-formed (a problem then says why). */
    static DocNode parse(String content, PlanFormat format, List<PlanProblem> problems) {
        JsonFactory factory = format == PlanFormat.JSON ? JSON : YAML;
        DocParser parser = new DocParser(problems);
        try (JsonParser p = factory.createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(PlanProblem.at("", "plan.invalid.empty").located(null, 1));
                return null;
            }
            return parser.node(p, first, "");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            problems.add(syntaxProblem(SyntaxErrors.keyOf(e), Math.max(line, 0)));
            return null;
        } catch (YAMLException e) {
            // a limit of the YAML library itself (nesting, document size, aliases) that Jackson passes on unwrapped
            problems.add(syntaxProblem(SyntaxErrors.keyOf(e.getMessage()), 0));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanProblem syntaxProblem(String key, int line) {
        Object[] args = key.equals(SyntaxErrors.NESTING) ? new Object[] {MAX_NESTING} : new Object[0];
        return PlanProblem.at("", key, args).located(null, line);
    }

    private DocNode node(JsonParser p, JsonToken token, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        return switch (token) {
            case START_OBJECT -> mapping(p, line, path);
            case START_ARRAY -> sequence(p, line, path);
            case VALUE_STRING -> new DocNode.Scalar(line, CellText.normalize(p.getText()), DocNode.ScalarKind.TEXT);
            case VALUE_NUMBER_INT -> new DocNode.Scalar(line, p.getText(), DocNode.ScalarKind.INTEGER);
            case VALUE_NUMBER_FLOAT -> new DocNode.Scalar(line, p.getText(), DocNode.ScalarKind.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> new DocNode.Scalar(line, p.getText(), DocNode.ScalarKind.BOOLEAN);
            case VALUE_NULL -> new DocNode.Scalar(line, null, DocNode.ScalarKind.NULL);
            default -> new DocNode.Scalar(line, p.getText(), DocNode.ScalarKind.TEXT);
        };
    }

    private DocNode mapping(JsonParser p, int line, String path) throws IOException {
        Map<String, DocNode.Field> fields = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            int keyLine = p.currentTokenLocation().getLineNr();
            String fieldPath = path.isEmpty() ? key : path + "." + key;
            DocNode value = node(p, p.nextToken(), fieldPath);
            if (fields.containsKey(key)) {
                problems.add(PlanProblem.at(fieldPath, "plan.invalid.duplicateKey", key,
                        String.valueOf(fields.get(key).keyLine()))
                        .located(null, keyLine));
            } else {
                fields.put(key, new DocNode.Field(key, keyLine, value));
            }
        }
        return new DocNode.Mapping(line, fields);
    }

    private DocNode sequence(JsonParser p, int line, String path) throws IOException {
        List<DocNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(node(p, t, path + "[" + items.size() + "]"));
        }
        return new DocNode.Sequence(line, items);
    }
}
