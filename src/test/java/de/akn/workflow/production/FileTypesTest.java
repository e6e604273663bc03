package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.production.FileTypes.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static final long LIMIT = 1024;

    static byte[] zip(String... entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String messageOf(byte[] content) {
        return catchThrowableOfType(ValidationProblem.class, () -> FileTypes.check(content, LIMIT)).errors().get("file");
    }

    @Test
    void shouldRecognisePdfPngAndJpegByTheirFirstBytes() {
        assertThat(FileTypes.check("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), LIMIT)).isEqualTo(FileType.PDF);
        assertThat(FileTypes.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, LIMIT))
                .isEqualTo(FileType.PNG);
        assertThat(FileTypes.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, LIMIT))
                .isEqualTo(FileType.JPEG);
    }

    @Test
    void shouldRecogniseAWordDocumentAsAZipWithItsTwoParts() throws IOException {
        assertThat(FileTypes.check(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), 4096))
                .isEqualTo(FileType.DOCX);
        assertThat(catchThrowableOfType(ValidationProblem.class, () -> FileTypes.check(zip("[Content_Types].xml",
                "xl/workbook.xml"), 4096))).isNotNull();
    }

    @Test
    void shouldRefuseATextFileWhateverItIsCalledAnEmptyFileAndATooLargeOne() {
        assertThat(messageOf("kein Bild".getBytes(StandardCharsets.UTF_8))).contains("kein PDF, kein Bild")
                .contains("Es zählt der Inhalt der Datei, nicht ihr Name.");
        assertThat(messageOf(new byte[0])).isEqualTo("Die Datei ist leer. Bitte wählen Sie eine Datei mit Inhalt.");
        assertThat(catchThrowableOfType(ValidationProblem.class, () -> FileTypes.check(new byte[11 * 1024 * 1024],
                10L * 1024 * 1024)).errors().get("file"))
                .isEqualTo("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB je Datei.");
    }

    @Test
    void shouldKeepTheFileNameWithoutPathOrControlCharacters() {
        assertThat(FileTypes.fileName("C:\\Users\\x\\Logo Kaarst.png", FileType.PNG)).isEqualTo("Logo Kaarst.png");
        assertThat(FileTypes.fileName("../../etc/\"pass\u0000wd\".pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileTypes.fileName(null, FileType.JPEG)).isEqualTo("Datei.jpg");
    }
}
