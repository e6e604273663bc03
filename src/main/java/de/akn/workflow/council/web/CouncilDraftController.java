package de.akn.workflow.council.web;

import de.akn.workflow.council.CouncilDrafts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Beschlussvorlage of a member for a measure, as DOCX (to paste into a council system) and PDF. */
@RestController
@RequestMapping("/api/measures/{reference}/council-draft")
@Tag(name = "Beschlussvorlage", description = "Entwurf der Beschlussvorlage für den Rat oder Kreistag eines Mitglieds")
class CouncilDraftController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CouncilDrafts drafts;

    CouncilDraftController(CouncilDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/{member}.docx")
    @Operation(summary = "Beschlussvorlage als DOCX",
            description = "Für das Klimaschutzmanagement des Mitglieds, die Koordination und die Administration.")
    ResponseEntity<byte[]> docx(@PathVariable String reference, @PathVariable String member, Authentication user) {
        return file(drafts.docx(reference, member, user.getName(), groups(user)), DOCX);
    }

    @GetMapping("/{member}.pdf")
    @Operation(summary = "Beschlussvorlage als PDF",
            description = "Für das Klimaschutzmanagement des Mitglieds, die Koordination und die Administration.")
    ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable String member, Authentication user) {
        return file(drafts.pdf(reference, member, user.getName(), groups(user)), MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> file(CouncilDrafts.Document document, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
