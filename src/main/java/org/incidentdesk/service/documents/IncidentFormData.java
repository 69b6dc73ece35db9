package org.incidentdesk.service.documents;

import java.util.Optional;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.report.forms.SituationBulletinData;
import org.incidentdesk.report.forms.StatementFormData;
import org.incidentdesk.report.forms.WarningNoticeData;

/**
 * Where the incident and warning forms get their data for {@code --incident N}. The incident board, the warning
 * panel and the after-action review implement it when they land; until then {@link #none()} knows no incident.
 */
public interface IncidentFormData {
    /** The incident's newest warning; empty where it has none or warnings are not known. */
    default Optional<Long> newestWarning(long incidentId) {
        return Optional.empty();
    }

    /** Where the stored warning {@code warningId} stands; empty where warnings are not known. */
    default Optional<WarningStanding> warningStanding(long warningId) {
        return Optional.empty();
    }

    /** The notice of the stored warning {@code warningId}; empty where warnings are not known. */
    default Optional<WarningNoticeData> warningNotice(long warningId, WarningNoticeData.Action action) {
        return Optional.empty();
    }

    /** The incident's secrecy mark, which its documents carry at least; empty where incidents are not known. */
    default Optional<SecrecyMark> secrecy(long incidentId) {
        return Optional.empty();
    }

    /** The incident's agreed wording as a leader approved it; empty where it has none approved. */
    default Optional<StatementFormData> statement(long incidentId) {
        return Optional.empty();
    }

    Optional<IncidentReportData> report(long incidentId, IncidentReportData.Stage stage, int sequence);

    Optional<SituationBulletinData> bulletin(long incidentId, int issue);

    Optional<ReviewReportData> review(long incidentId);

    static IncidentFormData none() {
        return new IncidentFormData() {
            @Override
            public Optional<IncidentReportData> report(long incidentId, IncidentReportData.Stage stage, int sequence) {
                return Optional.empty();
            }

            @Override
            public Optional<SituationBulletinData> bulletin(long incidentId, int issue) {
                return Optional.empty();
            }

            @Override
            public Optional<ReviewReportData> review(long incidentId) {
                return Optional.empty();
            }
        };
    }
}
