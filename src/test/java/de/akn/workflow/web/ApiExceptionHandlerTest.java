package de.akn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

class ApiExceptionHandlerTest {

    final ApiExceptionHandler handler = new ApiExceptionHandler(DataSize.ofMegabytes(10));

    @Test
    void shouldAnswerAnUploadBeyondTheContainersLimitWithAGerman400() {
        var response = handler.handleMaxUploadSizeExceededException(new MaxUploadSizeExceededException(26_000_000),
                new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE, new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(((ProblemDetail) response.getBody()).getDetail())
                .isEqualTo("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB je Datei.");
    }

    @Test
    void shouldAnswerAnUnreadableUploadWithAGerman400() {
        var response = handler.badUpload(new MultipartException("Current request is not a multipart request"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // shown to people in Tasklist's upload: no technical hint at the form field's name
        assertThat(response.getBody().getDetail())
                .isEqualTo("Die Datei konnte nicht gelesen werden. Bitte laden Sie sie erneut hoch.")
                .doesNotContain("„file“", "multipart");
        assertThat(response.getBody().getTitle()).isEqualTo("Ungültige Eingabe");
    }

    @Test
    void shouldTellAnApiClientInTheSieFormToSendTheFileAsMultipart() {
        var e = new org.springframework.web.HttpMediaTypeNotSupportedException(
                org.springframework.http.MediaType.APPLICATION_JSON,
                java.util.List.of(org.springframework.http.MediaType.MULTIPART_FORM_DATA));
        var response = handler.handleExceptionInternal(e, e.getBody(), new HttpHeaders(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, new ServletWebRequest(new MockHttpServletRequest()));

        var problem = (ProblemDetail) response.getBody();
        assertThat(problem.getTitle()).isEqualTo("Ungültige Anfrage");
        assertThat(problem.getDetail())
                .isEqualTo("Bitte senden Sie die Datei als multipart/form-data im Feld „file“.")
                .doesNotContain("senden.");
    }
}
