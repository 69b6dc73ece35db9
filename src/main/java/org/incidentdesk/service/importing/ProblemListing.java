package org.incidentdesk.service.importing;

import java.util.List;

/**
 * The problems a command line or a dialog lists: the first {@link #MAX_LISTED}, and how many more there are, so
 * a file with 100,000 bad rows gives a page of output, not 12 MB.
 */
public record ProblemListing<T>(List<T> listed, int notListed) {
    public static final int MAX_LISTED = 100;

    public ProblemListing {
        listed = List.copyOf(listed);
    }

    public static <T> ProblemListing<T> of(List<T> problems) {
        if (problems.size() <= MAX_LISTED) {
            return new ProblemListing<>(problems, 0);
        }
        return new ProblemListing<>(problems.subList(0, MAX_LISTED), problems.size() - MAX_LISTED);
    }
}
