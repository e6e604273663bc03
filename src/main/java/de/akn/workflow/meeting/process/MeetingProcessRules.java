package de.akn.workflow.meeting.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.meeting.MeetingProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class MeetingProcessRules {

    /** {@code alliance-meeting} and {@code action-item}: the meeting, its chair and dates, the action item and its town. */
    @Bean
    ProcessRules meetingRules() {
        return ProcessRules.owning(MeetingProcess.MEETING_ID, MeetingProcess.CHAIR, MeetingProcess.MEETING_START,
                MeetingProcess.MINUTES_DUE, MeetingProcess.AGENDA_DUE, MeetingProcess.ACTION_ITEM_ID,
                MeetingProcess.ACTION_MEMBER, MeetingProcess.ACTION_DUE, MeetingProcess.INITIATOR);
    }
}
