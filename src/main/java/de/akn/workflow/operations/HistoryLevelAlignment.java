package de.akn.workflow.operations;

import java.sql.Connection;
import java.sql.SQLException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the configured history level win over the one an existing database was created with. The engine
 * stores its history level in {@code ACT_GE_PROPERTY} and refuses to start when the configuration says
 * otherwise; installations created at {@code full} move to {@code audit} and back (ADR 0008). History
 * written before stays and is removed by the history cleanup as usual.
 */
@Component
class HistoryLevelAlignment extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelAlignment.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        var level = configuration.getHistoryLevel();
        if (level == null || configuration.getDataSource() == null) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!hasPropertyTable(connection)) {
                return; // a new database: the engine creates its tables with the configured level
            }
            try (var update = connection.prepareStatement(
                    "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ <> ?")) {
                String id = String.valueOf(level.getId());
                update.setString(1, id);
                update.setString(2, id);
                if (update.executeUpdate() > 0) {
                    log.warn("History level of the database changed to '{}' as configured", level.getName());
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // the engine's own check reports the mismatch and stops the start
            log.warn("History level of the database not aligned with '{}': {}", level.getName(), e.toString());
        }
    }

    private static boolean hasPropertyTable(Connection connection) throws SQLException {
        var metaData = connection.getMetaData();
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (var tables = metaData.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
