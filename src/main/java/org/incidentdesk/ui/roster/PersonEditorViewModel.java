package org.incidentdesk.ui.roster;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.ContactRules;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;

/** The person form: its fields, the posts held, and a message per field that is wrong, checked as you type. */
public final class PersonEditorViewModel {
    public record PostEntry(OrgUnit unit, String title) {
    }

    private final Messages messages;
    private final Person original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty officePhone = new SimpleStringProperty("");
    private final StringProperty mobile = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty fax = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<PostEntry> posts = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final List<OrgUnit> units;

    public PersonEditorViewModel(Messages messages, List<OrgUnit> units, Person original, OrgUnit defaultUnit) {
        this.messages = messages;
        this.units = List.copyOf(units);
        this.original = original;
        if (original != null) {
            name.set(orEmpty(original.name()));
            unit.set(find(original.unitId()));
            officePhone.set(orEmpty(original.officePhone()));
            mobile.set(orEmpty(original.mobile()));
            email.set(orEmpty(original.email()));
            fax.set(orEmpty(original.fax()));
            notes.set(orEmpty(original.notes()));
            for (Post post : original.posts()) {
                OrgUnit postUnit = find(post.unitId());
                if (postUnit != null) {
                    posts.add(new PostEntry(postUnit, post.title()));
                }
            }
        } else {
            unit.set(defaultUnit);
        }
        for (StringProperty field : List.of(name, officePhone, mobile, email, fax, notes)) {
            field.addListener((obs, old, value) -> recheck());
        }
        unit.addListener((obs, old, value) -> recheck());
    }

    private OrgUnit find(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return original == null;
    }

    public void addPost(OrgUnit postUnit, String title) {
        if (postUnit == null || title == null || title.isBlank()) {
            errors.put("posts", messages.describe(Violation.of("posts", "validation.postTitle")));
            return;
        }
        PostEntry entry = new PostEntry(postUnit, title.strip());
        if (!posts.contains(entry)) {
            posts.add(entry);
        }
        errors.remove("posts");
    }

    public void removePost(PostEntry entry) {
        posts.remove(entry);
    }

    /** The person as typed; the unit may be missing, which {@link #check()} reports. */
    public Person toPerson() {
        long unitId = unit.get() == null ? -1 : unit.get().id();
        return new Person(original == null ? null : original.id(), name.get(), unitId, officePhone.get(), mobile.get(),
                email.get(), fax.get(), notes.get(),
                posts.stream().map(p -> new Post(p.unit().id(), p.title())).toList(),
                original == null ? 0 : original.version());
    }

    /** Checks every field now; returns true when the form can be saved. */
    public boolean check() {
        errors.clear();
        for (Violation v : ContactRules.check(toPerson())) {
            errors.merge(v.field(), messages.describe(v), (a, b) -> a + "\n" + b);
        }
        if (unit.get() == null) {
            errors.put("unit", messages.describe(Violation.of("unit", "validation.required")));
        }
        return errors.isEmpty();
    }

    /** While the user types, only fields already shown as wrong are rechecked, so an empty form is not red. */
    private void recheck() {
        if (errors.isEmpty()) {
            return;
        }
        check();
    }

    public void showProblems(Map<String, String> problems) {
        errors.clear();
        errors.putAll(problems);
    }

    public List<OrgUnit> units() {
        return units;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public StringProperty officePhoneProperty() {
        return officePhone;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty faxProperty() {
        return fax;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<PostEntry> posts() {
        return posts;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
