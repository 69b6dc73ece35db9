package org.incidentdesk.report;

/**
 * Which face serves a role: the office's customary font found on this machine, or a shipped substitute.
 * {@code source} is the file path or the shipped resource's name.
 */
public record FontChoice(FontRole role, String family, String source, boolean substitute) {
}
