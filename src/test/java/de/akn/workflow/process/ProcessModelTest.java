package de.akn.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.TextLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every model in {@code bpmn/} deploys (BPMN, DMN and Camunda Forms are parsed by a real
 * engine), and follows our modelling rules.
 */
class ProcessModelTest {

    static final Path MODELS = Path.of("bpmn");
    static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false).setProcessEngineName("models-" + UUID.randomUUID());
        // the meetings' schedule (a Spring bean in the application)
        configuration.setBeans(new java.util.HashMap<>(java.util.Map.of("meetingSchedule",
                java.util.Map.of("cycle", "R/P2M"))));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static List<Path> models(String... suffixes) throws Exception {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> Stream.of(suffixes).anyMatch(s -> f.toString().endsWith(s))).sorted().toList();
        }
    }

    @Test
    void shouldDeployEveryModelWithoutParseErrors() throws Exception {
        List<Path> files = models(".bpmn", ".dmn", ".form");
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("joint-measure.bpmn",
                "measure-review.bpmn", "review-routing.dmn", "joint-measure-start.form");
        var deployment = engine.getRepositoryService().createDeployment().name("model-check");
        for (Path file : files) {
            deployment.addString(file.getFileName().toString(), Files.readString(file));
        }
        deployment.deploy();
        var repository = engine.getRepositoryService();
        for (Path file : models(".bpmn")) {
            String key = file.getFileName().toString().replace(".bpmn", "");
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count())
                    .as("file name = process id: %s", file).isEqualTo(1);
        }
        for (Path file : models(".dmn")) {
            String key = file.getFileName().toString().replace(".dmn", "");
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count())
                    .as("file name = decision id: %s", file).isEqualTo(1);
        }
    }

    /** The forms' text limits are the server's ({@link TextLimits}): a form never accepts what the server refuses. */
    @Test
    void shouldLimitTextFieldsInFormsAsTheServerDoes() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int limited = 0;
        try (Stream<Path> forms = Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".form"))) {
            for (Path form : forms.toList()) {
                for (var field : json.readTree(form.toFile()).findParents("key")) {
                    var maxLength = field.at("/validate/maxLength");
                    if (maxLength.isMissingNode()) {
                        continue;
                    }
                    String key = field.get("key").asText();
                    int expected = switch (key) {
                        case "title", "memberName", "memberCouncilBody", "co2Method" -> TextLimits.TITLE;
                        case "memberId" -> 40; // NewMember.ID
                        case "memberEmail" -> 320; // an address's longest form
                        case "councilPaperReference" -> 100; // CosignCommand.PAPER_REFERENCE_LENGTH
                        case "grantReference" -> 100; // FundingCommands.REFERENCE_LENGTH
                        case "paymentReference" -> 100; // SettlementCommands.PAYMENT_REFERENCE_LENGTH
                        case "summary" -> TextLimits.SUMMARY;
                        case "publicSummary" -> 2000; // PublicationProcess.PUBLIC_SUMMARY_LENGTH
                        case "meetingPlace" -> 300; // MeetingService.MAX_PLACE
                        case "minutesText" -> 50_000; // Minutes.MAX_TEXT
                        case "actionItem1Title", "actionItem2Title", "actionItem3Title", "actionItem4Title",
                                "actionItem5Title" -> 500; // AgendaText.MAX_TITLE
                        default -> TextLimits.TEXT;
                    };
                    assertThat(maxLength.asInt()).as(form.getFileName() + ": " + key).isEqualTo(expected);
                    limited++;
                }
            }
        }
        assertThat(limited).as("limited text fields in the forms").isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldGiveEveryUserTaskAFormAndSomebodyToDoIt() throws Exception {
        for (Path file : models(".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), file).isNotBlank();
                assertThat(Files.exists(MODELS.resolve(task.getCamundaFormRef() + ".form")))
                        .as("form file %s.form", task.getCamundaFormRef()).isTrue();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                        .as("assignee or candidate group of %s", task.getId()).isTrue();
                assertThat(task.getId()).startsWith("Task_");
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("history TTL of %s", process.getId())
                        .isNotBlank();
            }
        }
    }
}
