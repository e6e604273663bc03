package de.akn.workflow.privacy.web;

import de.akn.workflow.privacy.PrivacyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's data: export and erasure (administration only). */
@RestController
@RequestMapping("/api/privacy/users/{userId}")
@Tag(name = "Datenschutz", description = "Auskunft über gespeicherte Daten einer Person und ihre Löschung")
class PrivacyController {

    private final PrivacyService privacy;

    PrivacyController(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @GetMapping
    @Operation(summary = "Alle gespeicherten Daten einer Person (Art. 15 DSGVO)")
    PrivacyService.Export export(@PathVariable String userId) {
        return privacy.export(userId);
    }

    @DeleteMapping
    @Operation(summary = "Eine Person löschen (Art. 17 DSGVO): Namen und Adressen werden durch die Rolle ersetzt",
            description = "409, solange die Person offene Aufgaben hat.")
    @ApiResponse(responseCode = "204", description = "Gelöscht")
    ResponseEntity<Void> erase(@PathVariable String userId) {
        privacy.erase(userId);
        return ResponseEntity.noContent().build();
    }
}
