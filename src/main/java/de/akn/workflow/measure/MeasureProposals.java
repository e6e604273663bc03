package de.akn.workflow.measure;

import static de.akn.workflow.measure.JointMeasureProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.measure.internal.ReferenceGenerator;
import de.akn.workflow.security.IdentityDirectory;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing and revising measures, from proposals read and validated at the edge by {@link ProposalReader}.
 * Every change writes a {@link MeasureEvent} in the same transaction.
 */
@Service
public class MeasureProposals {

    private final MeasureService measures;
    private final MeasureRepository repository;
    private final ReferenceGenerator references;
    private final IdentityDirectory directory;
    private final MeasureMails mails;
    private final RuntimeService runtimeService;
    private final Clock clock;

    MeasureProposals(MeasureService measures, MeasureRepository repository, ReferenceGenerator references,
            IdentityDirectory directory, MeasureMails mails, RuntimeService runtimeService, Optional<Clock> clock) {
        this.measures = measures;
        this.repository = repository;
        this.references = references;
        this.directory = directory;
        this.mails = mails;
        this.runtimeService = runtimeService;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Creates the measure and starts {@code joint-measure} for it (API). The edge has read and
     * validated the proposal ({@link ProposalReader}).
     */
    @Transactional
    public Measure propose(ProposeCommand command) {
        Measure measure = create(command);
        var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(measure.getReference())
                .setVariables(MeasureVariables.process(measure, measures.memberIndex())).execute();
        measure.attachProcessInstance(instance.getProcessInstanceId());
        return measure;
    }

    /**
     * Creates the measure for a process started from the Tasklist start form; the process
     * instance exists already (same transaction).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure registerStartedProcess(ProposeCommand command, String processInstanceId) {
        Measure measure = create(command);
        measure.attachProcessInstance(processInstanceId);
        return measure;
    }

    private Measure create(ProposeCommand command) {
        var now = clock.instant();
        String reference = references.next(GermanFormat.day(now).getYear());
        Measure measure = repository.save(new Measure(reference, command.proposal(), command.leadMember(),
                command.proposer(), now));
        measures.record(measure, command.proposer(), MeasureEventType.PROPOSED, EventDetail.of("event.proposed",
                "proposer", directory.displayName(command.proposer()), "invited", invitedNames(measure)));
        mails.proposalReceived(measure);
        return measure;
    }

    /** The proposer's revision, read by {@link ProposalReader#readRevision} (the same rules as a new proposal). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure revise(Long measureId, Proposal proposal, String actor) {
        Measure measure = measures.get(measureId);
        var now = clock.instant();
        measure.apply(proposal, now);
        measure.changeStatus(MeasureStatus.IN_REVIEW, now);
        measures.record(measure, actor, MeasureEventType.REVISED, EventDetail.of("event.revised"));
        return measure;
    }

    /** The invited members with their articles: "die Stadt Dormagen und die Stadt Meerbusch". */
    private String invitedNames(Measure measure) {
        var index = measures.memberIndex();
        return GermanFormat.list(measure.invitedMembers().stream().map(id -> index.containsKey(id)
                ? index.get(id).nominative(false) : id).toList());
    }
}
