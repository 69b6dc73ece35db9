package org.incidentdesk.domain.escalation;

/** What came of one phone call from the call list. */
public enum CallOutcome {
    /** 未接通: nobody answered, the line was busy or the number is out of service. */
    NO_ANSWER,
    /** 已接通: the person was reached and told. */
    REACHED,
    /** 已留言: a message was left (voicemail, a colleague, the switchboard). */
    LEFT_MESSAGE
}
