package de.akn.workflow.production.web;

import de.akn.workflow.production.MeasureFiles;
import de.akn.workflow.production.internal.FileInfo;
import de.akn.workflow.production.internal.MeasureFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files of joint events and brochures: the towns' contributions and the lead town's draft. */
@RestController
@RequestMapping("/api/measures/{reference}/files")
@Tag(name = "Dateien", description = "Dateien zu gemeinsamen Veranstaltungen und Publikationen")
class MeasureFileController {

    private final MeasureFiles files;

    MeasureFileController(MeasureFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Datei hochladen",
            description = "PDF, PNG, JPEG oder Word-Dokument (DOCX), erkannt am Inhalt, höchstens "
                    + "alliance.files.max-size. Für die beteiligten Kommunen (ihre eigene Datei), die Koordination "
                    + "und die Administration; den Entwurf (kind=DRAFT) lädt die federführende Kommune hoch.")
    @ApiResponse(responseCode = "201", description = "Gespeichert: id, name, size")
    @ApiResponse(responseCode = "400", description = "Leer, zu groß oder kein erlaubter Dateityp",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Keine beteiligte Kommune")
    @ApiResponse(responseCode = "409", description = "Keine vereinbarte Veranstaltung oder Publikation")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String reference, @RequestPart("file") MultipartFile file,
            @Parameter(description = "CONTRIBUTION (Standard) oder DRAFT") @RequestParam(defaultValue = "CONTRIBUTION")
            MeasureFile.Kind kind,
            @Parameter(description = "Nur Koordination und Administration: für welche Kommune (Standard: die "
                    + "federführende)") @RequestParam(required = false) String member,
            Authentication user) throws IOException {
        FileInfo stored = files.upload(reference, kind, member, file.getOriginalFilename(), file.getBytes(),
                user.getName(), groups(user));
        return ResponseEntity.created(URI.create("/api/measures/" + reference + "/files/" + stored.id()))
                .body(Map.of("id", stored.id(), "name", stored.name(), "size", stored.size(),
                        "contentType", stored.contentType(), "member", stored.member(), "kind", stored.kind()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Datei lesen",
            description = "Für die beteiligten Kommunen, die Koordination und die Administration.")
    ResponseEntity<byte[]> read(@PathVariable String reference, @PathVariable Long id, Authentication user) {
        var file = files.read(reference, id, user.getName(), groups(user));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
