package org.incidentdesk.service.plan.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a field path such as {@code deadlines[1].levels} in a document tree: the line of the key
 * for a field, of the item for a list index. A path that leads nowhere (a field that is missing) gives the
 * line of the deepest part that exists, i.e. the element the field is missing from.
 */
final class Lines {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private Lines() {
    }

    static int of(DocNode root, String path) {
        if (root == null) {
            return 1;
        }
        DocNode node = root;
        int line = root.line();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) != null && node instanceof DocNode.Mapping mapping) {
                DocNode.Field field = mapping.fields().get(m.group(1));
                if (field == null) {
                    return line;
                }
                line = field.keyLine();
                node = field.value();
            } else if (m.group(2) != null && node instanceof DocNode.Sequence sequence) {
                int index = Integer.parseInt(m.group(2));
                if (index >= sequence.items().size()) {
                    return line;
                }
                node = sequence.items().get(index);
                line = node.line();
            } else {
                return line;
            }
        }
        return line;
    }
}
