/**
 * The official forms (文书) feature: compose, preview, number, export, print and reprint the office's forms.
 * The 文书 feature is {@code documents} in service and ui ({@code DocumentService}, {@code ui.documents});
 * {@code org.incidentdesk.report} is the GB/T 9704 typesetting layer beneath it, and the CLI keeps the command
 * {@code report} because users and scripts type it.
 */
package org.incidentdesk.service.documents;
