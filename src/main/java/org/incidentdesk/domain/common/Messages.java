package org.incidentdesk.domain.common;

import java.util.Locale;
import java.util.List;
import java.util.ResourceBundle;

/** The program's texts in one language: UI labels, validation messages, command-line output. */
public final class Messages {
    /**
     * One bundle per feature, so features keep their texts apart: {@code org/incidentdesk/i18n/NAME.properties}
     * (Chinese, the default) with {@code NAME_en.properties} beside it.
     */
    static final List<String> BUNDLES = List.of("core", "roster", "rosterio", "importing", "plan", "planui", "incident",
            "report", "escalation", "warning", "warningui", "timeline", "review", "reviewwritten", "reviewui",
            "audit", "backup", "roles", "account");
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle("org.incidentdesk.i18n." + name, locale, NoFallbackControl.INSTANCE))
                .toList();
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text of {@code key} with its arguments filled in; numbers are written without digit grouping. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : UngroupedMessageFormat.format(pattern, locale, args);
            }
        }
        return key;
    }

    public String describe(Violation violation) {
        String field = get("field." + violation.field());
        Object[] args = violation.args().stream().map(this::named).toArray();
        return get(violation.messageKey(), prepend(field, args));
    }

    /** An enum constant's own name in this language ({@code IncidentPhase.RECEIVED}), where the bundles have one. */
    public String name(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** An enum by its name in this language; a list of values as one text, joined the way this language lists. */
    private Object named(Object arg) {
        if (arg instanceof List<?> list) {
            return String.join(get("list.separator"), list.stream().map(this::named).map(String::valueOf).toList());
        }
        return arg instanceof Enum<?> constant ? name(constant) : arg;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /**
     * Properties files are UTF-8 (the JDK default since 9); a missing language falls back to Chinese. Only
     * properties files are looked for: the default control first asks the class path for a class of each
     * candidate name (three per bundle), a fruitless search of every jar that cost a command's start-up more than
     * reading the files themselves.
     */
    private static final class NoFallbackControl extends ResourceBundle.Control {
        static final NoFallbackControl INSTANCE = new NoFallbackControl();

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null; // fall back to the base bundle (Chinese), not to the JVM's default locale
        }
    }
}
