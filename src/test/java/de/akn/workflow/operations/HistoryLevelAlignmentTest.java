package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An installation created at history level full is moved to the configured level (audit) on start. */
class HistoryLevelAlignmentTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldMoveADatabaseCreatedAtHistoryLevelFullToTheConfiguredLevel() {
        var configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo("audit");
        jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '3' where NAME_ = 'historyLevel'");

        new HistoryLevelAlignment().postInit(configuration);

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'",
                String.class)).isEqualTo("2");
    }
}
