package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.council.CouncilDraft.Row;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A town's own DOCX template: its letterhead first, its placeholders filled in, then the draft's sections. */
class CouncilDraftDocxTest {

    static final CouncilDraft DRAFT = new CouncilDraft("Beschlussvorlage-AKN-2027-001-kaarst", "Rat der Stadt Kaarst",
            "Stadt Kaarst", "AKN-2027-001", "Gemeinsame Klimawoche 2027", "DS 2027/015", LocalDate.of(2027, 1, 15),
            "Gemeinsame Maßnahme „Gemeinsame Klimawoche 2027“", "Der Rat der Stadt Kaarst beschließt: …",
            List.of("Sachverhalt"), List.of(new Row("Gesamtkosten der Maßnahme", "12.000,00 €")), List.of("Klima"),
            List.of("Rahmen"),
            Map.of("kommune", "Stadt Kaarst", "gremium", "Rat der Stadt Kaarst", "massnahme", "AKN-2027-001",
                    "datum", "15.01.2027", "drucksache", "DS 2027/015", "titel", "Gemeinsame Klimawoche 2027"));

    @TempDir
    Path folder;

    @Test
    void shouldPutTheTownsLetterheadFirstAndFillItsPlaceholders() throws Exception {
        Path template = folder.resolve("briefkopf.docx");
        try (var document = new XWPFDocument(); OutputStream out = Files.newOutputStream(template)) {
            var letterhead = document.createParagraph();
            // Word splits text into runs where it likes: a placeholder over two runs
            letterhead.createRun().setText("Der Bürgermeister · ${kom");
            letterhead.createRun().setText("mune} · Drucksache ${drucksache}");
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Sitzung: ${gremium} am ${datum}");
            document.write(out);
        }

        byte[] docx = new CouncilDraftDocx(template.toString()).render(DRAFT, "kaarst");

        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Der Bürgermeister · Stadt Kaarst · Drucksache DS 2027/015");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Beschlussvorlage (Entwurf)");
            assertThat(document.getHeaderList().get(0).getText())
                    .contains("Sitzung: Rat der Stadt Kaarst am 15.01.2027");
            assertThat(document.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("12.000,00 €");
        }
    }

    @Test
    void shouldTakeEachTownsOwnTemplateFromAFolder() throws Exception {
        try (var document = new XWPFDocument(); OutputStream out = Files.newOutputStream(folder.resolve("kaarst.docx"))) {
            document.createParagraph().createRun().setText("Stadt Kaarst · Der Bürgermeister");
            document.write(out);
        }
        var docx = new CouncilDraftDocx(folder.toString());

        try (var kaarst = new XWPFDocument(new ByteArrayInputStream(docx.render(DRAFT, "kaarst")));
                var dormagen = new XWPFDocument(new ByteArrayInputStream(docx.render(DRAFT, "dormagen")))) {
            assertThat(kaarst.getParagraphs().get(0).getText()).isEqualTo("Stadt Kaarst · Der Bürgermeister");
            assertThat(dormagen.getParagraphs().get(0).getText()).isEqualTo("Beschlussvorlage (Entwurf)");
        }
    }

    @Test
    void shouldWriteTheSectionsWithoutATemplate() throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(new CouncilDraftDocx(null).render(DRAFT, "kaarst")))) {
            assertThat(document.getParagraphs().stream().map(p -> p.getText()).toList()).startsWith("Beschlussvorlage (Entwurf)",
                    "Beratungsfolge: Rat der Stadt Kaarst", "Datum: 15.01.2027 · Drucksachen-Nr. DS 2027/015", "Betreff");
        }
    }
}
