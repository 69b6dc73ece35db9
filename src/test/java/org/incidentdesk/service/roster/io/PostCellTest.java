package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.incidentdesk.domain.roster.ContactRules;
import org.junit.jupiter.api.Test;

class PostCellTest {

    /** ContactRules refuses these characters in titles because the 职务 cell gives each of them a meaning. */
    @Test
    void everyCharacterATitleMayNotHoldSplitsOrQualifiesAPost() {
        for (char reserved : ContactRules.POST_TITLE_RESERVED.toCharArray()) {
            String written = "值班" + reserved + "联络员";
            assertNotEquals(List.of(new PostCell.PostText(written, null, written)), PostCell.parse(written),
                    () -> "'" + reserved + "' is read as part of a title");
        }
    }
}
