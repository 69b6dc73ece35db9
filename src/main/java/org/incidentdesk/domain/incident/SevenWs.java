package org.incidentdesk.domain.incident;

/**
 * 七何要素: the facts a first report must hold (plan 2) — when (何时), where (何地), who (何人), what (何事),
 * why (何因), how (何方式) and the result (何结果). Each is free text as the caller reported it; blank is unknown.
 */
public record SevenWs(String when, String where, String who, String what, String why, String how, String result) {
    public static final SevenWs UNKNOWN = new SevenWs("", "", "", "", "", "", "");

    public SevenWs {
        when = Text.orEmpty(when);
        where = Text.orEmpty(where);
        who = Text.orEmpty(who);
        what = Text.orEmpty(what);
        why = Text.orEmpty(why);
        how = Text.orEmpty(how);
        result = Text.orEmpty(result);
    }

    /** All seven, joined for search. */
    String searchText() {
        return String.join("\n", when, where, who, what, why, how, result);
    }
}
