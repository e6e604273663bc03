package de.akn.workflow.overview.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.overview.Overview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/overview")
@Tag(name = "Überblick", description = "Daten der Erweiterungen in Tasklist und Cockpit (Maßnahmen-Dossier, Matrix)")
class OverviewController {

    private final Overview overview;

    OverviewController(Overview overview) {
        this.overview = overview;
    }

    @GetMapping("/tasks/{taskId}/dossier")
    @Operation(summary = "Dossier der Maßnahme einer Aufgabe (Tasklist-Reiter „Maßnahme“)")
    Overview.Dossier forTask(@PathVariable String taskId, Authentication user) {
        return overview.forTask(taskId, viewer(user)).orElseThrow(OverviewController::notFound);
    }

    @GetMapping("/process-instances/{processInstanceId}/dossier")
    @Operation(summary = "Dossier der Maßnahme einer Prozessinstanz (Cockpit-Reiter „Maßnahme“)")
    Overview.Dossier forProcessInstance(@PathVariable String processInstanceId, Authentication user) {
        return overview.forProcessInstance(processInstanceId, viewer(user)).orElseThrow(OverviewController::notFound);
    }

    @GetMapping("/matrix")
    @Operation(summary = "Offene Maßnahmen × Mitglieder (Cockpit-Dashboard, nur Koordination)")
    Overview.Matrix matrix(Authentication user) {
        return overview.matrix(viewer(user));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("overview.task-without-measure"));
    }

    private static Viewer viewer(Authentication user) {
        return Viewer.of(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
