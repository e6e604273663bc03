package de.akn.workflow.publicsite;

import de.akn.workflow.common.Links;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.notification.Recipients;
import org.springframework.stereotype.Component;

/** Who learns what about the release for the public site. */
@Component
class PublicationMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final Links links;

    PublicationMails(MeasureMails mails, Recipients recipients, Links links) {
        this.mails = mails;
        this.recipients = recipients;
        this.links = links;
    }

    /** The coordination: an adopted measure waits for its release. */
    void requested(Measure measure, String taskId) {
        mails.send(measure, recipients.coordinators(), "task/" + taskId + "/publication", MeasureMail
                .of("publication-requested").link(links.tasklist(taskId)));
    }

    /** The signers and the coordination: the measure is public now. */
    void released(Measure measure) {
        mails.send(measure, recipients.membersAndCoordinators(measure.signers().stream().map(Participation::getMemberId)
                .toList()), "measure/" + measure.getId() + "/published", MeasureMail.of("publication-released")
                .with("url", links.site("/massnahmen/" + measure.getReference())));
    }
}
