package org.incidentdesk.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.Test;

class PersonSearchTest {
    private final Roster roster = new Roster(
            List.of(new OrgUnit(1L, null, UnitKind.COMMAND, "青溪县指挥部", null, 0, 0),
                    new OrgUnit(2L, 1L, UnitKind.MEMBER_UNIT, "县公安局", null, 1, 0)),
            List.of(new Person(10L, "林晓舟", 2, "0791-66661234", "13800001234", "lin@qx.example", null, null,
                            List.of(new Post(1, "总指挥"), new Post(2, "联络员")), 0),
                    new Person(11L, "周明远", 1, null, "13911112222", null, null, null, List.of(), 0),
                    new Person(12L, "郑 淼", 2, null, null, null, null, null, List.of(), 0),
                    new Person(13L, "杨\uD842\uDFB7", 2, null, null, null, null, null, List.of(), 0),
                    new Person(14L, "王\u4DAE", 2, null, null, null, null, null, List.of(), 0)),
            List.of());
    private final PersonSearch search = PersonSearch.index(roster);

    @Test
    void pinyinInitialsAndFullPinyinFindTheName() {
        assertEquals("lxz", PersonSearch.initials("林晓舟"));
        assertTrue(search.matches(10, "lxz"));
        assertTrue(search.matches(10, "LinXiao"));
        assertFalse(search.matches(11, "lxz"));
    }

    @Test
    void unitPostAndPhoneDigitsMatch() {
        assertTrue(search.matches(10, "公安"));
        assertTrue(search.matches(10, "总指挥"));
        assertTrue(search.matches(10, "6666-1234"), "separators in the query are ignored for numbers");
        assertTrue(search.matches(11, "1111"));
        assertFalse(search.matches(11, "公安"));
    }

    @Test
    void aNamePaddedWithASpaceIsFoundWithoutIt() {
        assertTrue(search.matches(12, "郑淼"));
        assertTrue(search.matches(12, "zhengmiao"));
        assertTrue(search.matches(12, "zm"));
        assertTrue(search.matches(12, "郑 淼"));
        assertFalse(search.matches(10, "zm"));
    }

    @Test
    void aNameWithAnExtensionBCharacterIsFoundByPinyin() {
        // 杨𠮷 (U+20BB7, a variant of 吉, outside the Basic Multilingual Plane): pinyin4j has no reading for it.
        assertTrue(search.matches(13, "yangji"));
        assertTrue(search.matches(13, "yj"));
        assertTrue(search.matches(13, "杨\uD842\uDFB7"));
        assertFalse(search.matches(11, "yj"));
        assertEquals("yangji", PersonSearch.fullPinyin("杨\uD842\uDFB7"));
    }

    @Test
    void aNameWithAnExtensionACharacterIsFoundByPinyin() {
        assertEquals("wy", PersonSearch.initials("王\u4DAE"));
        assertTrue(search.matches(14, "wangyan"));
    }

    @Test
    void everyWordMustMatch() {
        assertTrue(search.matches(10, "公安 联络员"));
        assertFalse(search.matches(10, "公安 周"));
        assertTrue(search.matches(11, "  "), "a blank query matches everyone");
    }
}
