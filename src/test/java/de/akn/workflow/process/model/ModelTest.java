package de.akn.workflow.process.model;

import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

/**
 * Engine-only test of one BPMN model: no Spring, an in-memory engine from {@code camunda.cfg.xml}
 * (built once per test JVM and shared by all model tests), delegates, listeners and the beans the
 * model's expressions call registered as mocks ({@link Mocks}, read by the MockExpressionManager).
 * No job executor: a test executes the jobs it expects, so every run takes the same path.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class ModelTest {

    /** The models live at the top level of the repository and land in the classpath under bpmn/. */
    static final String BPMN = "bpmn/";

    ProcessEngine engine;

    private final List<String> stubDeployments = new java.util.ArrayList<>();

    @BeforeEach
    void initAssertions(ProcessEngine processEngine) {
        // Given: the assertions bound to this engine (a Spring test in the same JVM has its own "default")
        this.engine = processEngine;
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetEngineState() {
        stubDeployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
        stubDeployments.clear();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    /** A mocked {@code ${name}} service task or throw event delegate. */
    static JavaDelegate delegate(String name) {
        JavaDelegate delegate = mock(JavaDelegate.class, name);
        Mocks.register(name, delegate);
        return delegate;
    }

    /** A mocked {@code ${name}} delegate that does to the execution what the real one does (sets variables). */
    static JavaDelegate delegate(String name, Consumer<DelegateExecution> effect) {
        JavaDelegate delegate = delegate(name);
        try {
            Mockito.doAnswer(invocation -> {
                effect.accept(invocation.getArgument(0));
                return null;
            }).when(delegate).execute(Mockito.any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return delegate;
    }

    /** A mocked {@code ${name}} execution listener that sets variables as the real one does. */
    static ExecutionListener executionListener(String name, Consumer<DelegateExecution> effect) {
        ExecutionListener listener = executionListener(name);
        try {
            Mockito.doAnswer(invocation -> {
                effect.accept(invocation.getArgument(0));
                return null;
            }).when(listener).notify(Mockito.any(DelegateExecution.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return listener;
    }

    /** A mocked {@code ${name}} task listener. */
    static TaskListener taskListener(String name) {
        TaskListener listener = mock(TaskListener.class, name);
        Mocks.register(name, listener);
        return listener;
    }

    /** A mocked {@code ${name}} execution listener. */
    static ExecutionListener executionListener(String name) {
        ExecutionListener listener = mock(ExecutionListener.class, name);
        Mocks.register(name, listener);
        return listener;
    }

    /** A mock of a bean whose methods the model's expressions call, registered as {@code ${name}}. */
    static <T> T bean(String name, Class<T> type) {
        T bean = mock(type, name);
        Mocks.register(name, bean);
        return bean;
    }

    /**
     * Deploys a stand-in for a called process: it waits in the user task {@code Task_Stub} so that the
     * test decides what the caller gets back (the variables it completes the task with).
     */
    void deployStub(String processKey) {
        BpmnModelInstance stub = Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(TaskIds.STUB)
                .endEvent()
                .done();
        stubDeployments.add(engine.getRepositoryService().createDeployment()
                .addModelInstance(processKey + "-stub.bpmn", stub)
                .deploy().getId());
    }

    /** The single open user task of a called process instance (a stub's or a real callee's). */
    Task calledTask(ProcessInstance caller, String processKey) {
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).processDefinitionKey(processKey).singleResult();
        return engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).singleResult();
    }

    /** The open user task of the given activity whose candidate group is {@code group}. */
    Task taskOf(ProcessInstance instance, String activityId, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).taskCandidateGroup(group).singleResult();
    }

    /** The timer job of an activity in the scope of the given user task (boundary events of that task). */
    Job timer(String activityId, Task task) {
        return engine.getManagementService().createJobQuery().timers().activityId(activityId)
                .processInstanceId(task.getProcessInstanceId()).list().stream()
                .filter(job -> isAncestorOrSame(job.getExecutionId(), task.getExecutionId()))
                .findFirst().orElseThrow(() -> new AssertionError("no timer at " + activityId));
    }

    private boolean isAncestorOrSame(String executionId, String descendantId) {
        String current = descendantId;
        while (current != null) {
            if (current.equals(executionId)) {
                return true;
            }
            var execution = (org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) engine.getRuntimeService()
                    .createExecutionQuery().executionId(current).singleResult();
            current = execution == null ? null : execution.getParentId();
        }
        return false;
    }

    /** Executes the jobs that are due now (async continuations), until none is left; timers stay. */
    void executeDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** The timer job of a boundary or catch event (one open per activity in the test). */
    Job timer(String activityId) {
        return engine.getManagementService().createJobQuery().timers().activityId(activityId).singleResult();
    }

    /** Moves the engine's clock to the due date of the given event's timer and fires it. */
    void fireWhenDue(String activityId) {
        Job timer = timer(activityId);
        if (timer == null) {
            throw new AssertionError("no timer at " + activityId);
        }
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
    }

    /** Fires the timer of the given event now, whatever its due date. */
    void fire(String activityId) {
        Job timer = timer(activityId);
        if (timer == null) {
            throw new AssertionError("no timer at " + activityId);
        }
        engine.getManagementService().executeJob(timer.getId());
    }
}
