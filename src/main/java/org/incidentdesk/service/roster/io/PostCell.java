package org.incidentdesk.service.roster.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.roster.Post;

/**
 * The 职务 cell: posts separated by ；; 、 , or ，, each either a title in the person's own unit ("联络员") or a
 * title in another unit ("县指挥部:总指挥", also with a full-width colon).
 */
final class PostCell {
    private static final String SEPARATORS = "[；;、,，]";
    private static final String EXPORT_SEPARATOR = "；";
    private static final String UNIT_MARK = ":";

    private PostCell() {
    }

    /** One post as written: {@code unitName} is null for a post in the person's own unit. */
    record PostText(String written, String unitName, String title) {
    }

    static List<PostText> parse(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<PostText> posts = new ArrayList<>();
        for (String part : cell.split(SEPARATORS)) {
            String written = part.strip();
            if (written.isEmpty()) {
                continue; // "总指挥；" and "总指挥；；联络员" are typing slips, not empty posts
            }
            int colon = indexOfUnitMark(written);
            posts.add(colon < 0
                    ? new PostText(written, null, written)
                    : new PostText(written, written.substring(0, colon).strip(), written.substring(colon + 1).strip()));
        }
        return posts;
    }

    private static int indexOfUnitMark(String text) {
        int ascii = text.indexOf(':');
        int fullWidth = text.indexOf('：');
        if (ascii < 0) {
            return fullWidth;
        }
        return fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
    }

    /** The cell an export writes for {@code posts} of a person whose own unit is {@code homeUnitId}. */
    static String format(List<Post> posts, long homeUnitId, Map<Long, String> unitNames) {
        return String.join(EXPORT_SEPARATOR, posts.stream()
                .map(post -> post.unitId() == homeUnitId
                        ? post.title()
                        : unitNames.get(post.unitId()) + UNIT_MARK + post.title())
                .toList());
    }
}
