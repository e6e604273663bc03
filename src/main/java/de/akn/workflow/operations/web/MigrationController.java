package de.akn.workflow.operations.web;

import de.akn.workflow.operations.ProcessMigration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/operations/migrations")
@Tag(name = "Betrieb", description = "Für die IT: laufende Vorgänge nach einem Update auf die neue Prozessversion bringen")
class MigrationController {

    private final ProcessMigration migration;

    MigrationController(ProcessMigration migration) {
        this.migration = migration;
    }

    @PostMapping("/{processKey}")
    @Operation(summary = "Laufende Instanzen auf die neueste Prozessversion migrieren",
            description = "Nur Administration. Ältere Versionen mit laufenden Instanzen werden auf die neueste "
                    + "Version gebracht, soweit die Änderung es erlaubt; sonst laufen sie auf ihrer Version zu Ende "
                    + "und die Antwort nennt den Grund. Mit dryRun=true wird nur geprüft.")
    List<ProcessMigration.Result> migrate(@PathVariable String processKey,
            @Parameter(description = "nur prüfen, nichts ändern") @RequestParam(defaultValue = "false") boolean dryRun) {
        return migration.migrateToLatest(processKey, dryRun).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Keinen Prozess „" + processKey + "“ gefunden."));
    }
}
