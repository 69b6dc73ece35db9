package org.incidentdesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTest {

    private static Person withMobile(String mobile) {
        return new Person(null, "林晓舟", 1, null, mobile, null, null, null, List.of(), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800001234", "138 0000 1234", "138-0000-1234", "+86 13800001234", "008619912345678"})
    void acceptsMainlandMobilesWrittenTheUsualWays(String mobile) {
        assertEquals(List.of(), ContactRules.check(withMobile(mobile)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12800001234", "1380000123", "138000012345", "abc13800001234"})
    void refusesWhatIsNotAMobileAndNamesTheField(String mobile) {
        List<Violation> problems = ContactRules.check(withMobile(mobile));
        assertEquals(1, problems.size());
        assertEquals("mobile", problems.get(0).field());
        assertEquals("validation.mobile", problems.get(0).messageKey());
    }

    @Test
    void normalizesMobileToItsElevenDigits() {
        Person stored = ContactRules.normalized(withMobile(" +86 138-0000-1234 "));
        assertEquals("13800001234", stored.mobile());
    }

    @Test
    void requiresANameAndChecksPhoneFaxAndEmail() {
        Person bad = new Person(null, "  ", 1, "12ab", null, "not-an-address", "55", null, List.of(new Post(1, " ")), 0);
        List<String> fields = ContactRules.check(bad).stream().map(Violation::field).toList();
        assertEquals(List.of("name", "officePhone", "fax", "email", "posts"), fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ceshi@qingxi", "ban.gong@qingxi.gov.cn", "liaison@mail.qingxi"})
    void acceptsIntranetAddressesWhoseHostHasNoDot(String email) {
        Person person = new Person(null, "林晓舟", 1, null, null, email, null, null, List.of(new Post(1, "联络员")), 0);
        assertEquals(List.of(), ContactRules.check(person));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ceshi@", "@qingxi", "ceshi@qingxi.", "ceshi@.qingxi", "ce shi@qingxi", "a@b@c"})
    void refusesWhatIsNoAddress(String email) {
        Person person = new Person(null, "林晓舟", 1, null, null, email, null, null, List.of(new Post(1, "联络员")), 0);
        assertEquals(List.of("email"), ContactRules.check(person).stream().map(Violation::field).toList());
    }

    @Test
    void nullPostsAreNoPosts() {
        Person noPosts = new Person(null, "林晓舟", 1, null, null, null, null, null, null, 0);

        assertEquals(List.of(), noPosts.posts());
        assertEquals(List.of(), ContactRules.check(ContactRules.normalized(noPosts)));
    }

    @Test
    void aNullPostTitleIsABlankTitleThatCheckRefuses() {
        Person untitled = new Person(null, "林晓舟", 1, null, null, null, null, null, List.of(new Post(1, null)), 0);

        Person stored = ContactRules.normalized(untitled);

        assertEquals(List.of(Violation.of("posts", "validation.postTitle")), ContactRules.check(stored));
        assertEquals(List.of(Violation.of("posts", "validation.postTitle")), ContactRules.check(untitled));
    }

    /** The column sizes of the person and person_post tables, read from V1__roster.sql. */
    @Test
    void everyFieldFitsItsColumnAndOneCharacterMoreIsRefusedNamingTheField() {
        String name = "林".repeat(100);
        String phone = "0791" + " ".repeat(28) + "88881234"; // 40 characters, a valid number once the blanks go
        String email = "a".repeat(200 - "@example.cn".length()) + "@example.cn";
        String notes = "备".repeat(4000);
        String title = "职".repeat(60);
        Person atLimits = new Person(null, name, 1, phone, null, email, phone, notes, List.of(new Post(1, title)), 0);
        assertEquals(List.of(), ContactRules.check(atLimits));

        Person over = new Person(null, name + "林", 1, phone + "5", null, "a" + email, phone + "6", notes + "注",
                List.of(new Post(1, title + "务"), new Post(2, title + "务")), 0);
        assertEquals(List.of(
                Violation.of("name", "validation.tooLong", 100),
                Violation.of("officePhone", "validation.tooLong", 40),
                Violation.of("fax", "validation.tooLong", 40),
                Violation.of("email", "validation.tooLong", 200),
                Violation.of("notes", "validation.tooLong", 4000),
                Violation.of("posts", "validation.tooLong", 60)), ContactRules.check(over));
    }

    @Test
    void lengthsAreMeasuredOnTheTrimmedValueThatIsStored() {
        Person padded = new Person(null, "  " + "林".repeat(100) + "  ", 1, null, null, null, null, null, List.of(), 0);
        assertEquals(List.of(), ContactRules.check(padded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"；", ";", "、", ",", "，", ":", "："})
    void aPostTitleCannotHoldTheRosterFilesSeparators(String separator) {
        String title = "值班" + separator + "联络员";
        Person person = new Person(null, "林晓舟", 1, null, null, null, null, null, List.of(new Post(1, title)), 0);

        assertEquals(List.of(Violation.of("posts", "validation.postTitleChars", title, "；;、,，:：")),
                ContactRules.check(person));
    }

    @Test
    void acceptsLandlinesWithAreaCodeAndExtension() {
        Person ok = new Person(null, "周明远", 1, "0791-8888 1234转801", null, "a@b.cn", "010-12345678", null, List.of(), 0);
        assertTrue(ContactRules.check(ok).isEmpty());
    }
}
