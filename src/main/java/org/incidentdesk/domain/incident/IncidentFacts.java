package org.incidentdesk.domain.incident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the office knows of an event, as a report (R15) and the 舆情信息报告 form need it: the seven Ws, where
 * the report came from, when and where it was first published (medium, platform, account), links, how far
 * it has spread, the true situation as known, and background material. Times keep the offset they were
 * given in; blank text is unknown.
 */
public record IncidentFacts(SevenWs sevenWs, String source, OffsetDateTime firstPublishedAt, String firstMedium,
                            String firstPlatform, String firstAccount, List<String> links, String spread,
                            String trueSituation, String background) {
    public static final IncidentFacts NONE = new IncidentFacts(SevenWs.UNKNOWN, "", null, "", "", "", List.of(),
            "", "", "");

    public IncidentFacts {
        sevenWs = sevenWs == null ? SevenWs.UNKNOWN : sevenWs;
        source = Text.orEmpty(source);
        firstMedium = Text.orEmpty(firstMedium);
        firstPlatform = Text.orEmpty(firstPlatform);
        firstAccount = Text.orEmpty(firstAccount);
        links = links == null ? List.of() : links.stream().map(Text::orEmpty).filter(l -> !l.isEmpty()).toList();
        spread = Text.orEmpty(spread);
        trueSituation = Text.orEmpty(trueSituation);
        background = Text.orEmpty(background);
    }

    /** Every fact's text, for the board's search. */
    public String searchText() {
        return String.join("\n", sevenWs.searchText(), source, firstMedium, firstPlatform, firstAccount,
                String.join("\n", links), spread, trueSituation, background);
    }
}
