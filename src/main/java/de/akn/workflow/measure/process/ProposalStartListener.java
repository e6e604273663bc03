package de.akn.workflow.measure.process;

import static de.akn.workflow.measure.JointMeasureProcess.*;

import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.measure.ProposalFormRows;
import de.akn.workflow.measure.ProposalReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code joint-measure} from the Tasklist start form: validates the form values,
 * creates the measure and gives the instance the reference as business key. A start through
 * {@code POST /api/measures} has created the measure already ({@code measureId} is set).
 */
@Component("proposalStartListener")
class ProposalStartListener implements ExecutionListener {

    private final ProposalReader reader;
    private final MeasureProposals proposals;
    private final MeasureService measures;

    ProposalStartListener(ProposalReader reader, MeasureProposals proposals, MeasureService measures) {
        this.reader = reader;
        this.proposals = proposals;
        this.measures = measures;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(MEASURE_ID) != null) {
            return;
        }
        // input
        var form = ProposalFormRows.withLists(MeasureVariables.plain(execution.getVariables()));
        var command = reader.read(form, (String) execution.getVariable(PROPOSER));
        // processing
        var measure = proposals.registerStartedProcess(command, execution.getProcessInstanceId());
        // output
        execution.setProcessBusinessKey(measure.getReference());
        // the instance keeps the ids and list columns; what the start form submitted besides leaves it
        var kept = MeasureVariables.process(measure, measures.memberIndex());
        execution.removeVariables(execution.getVariableNames().stream().filter(name -> !kept.containsKey(name))
                .toList());
        execution.setVariables(kept);
    }
}
