package de.akn.workflow.council;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The Beschlussvorlage as DOCX (Apache POI, ADR 0007): headings and paragraphs a town pastes into
 * its council information system. With {@code alliance.council-draft.template} the town's own
 * document (letterhead, styles) comes first, its placeholders ({@code ${kommune}} …) filled in: a
 * DOCX for every member, or a folder with {@code <memberId>.docx} per town (and optionally
 * {@code default.docx} for the others).
 */
final class CouncilDraftDocx {

    private static final String FONT = "Arial";

    private final String template;

    CouncilDraftDocx(String template) {
        this.template = template == null || template.isBlank() ? null : template;
    }

    byte[] render(CouncilDraft draft, String memberId) {
        try (XWPFDocument document = open(memberId)) {
            fill(document, draft.placeholders());
            heading(document, Texts.text("council-draft.heading.title"), 16);
            text(document, Texts.text("council-draft.heading.consultation", "consultation", draft.councilBody()));
            String date = GermanFormat.date(draft.date());
            text(document, draft.paperReference() == null ? Texts.text("council-draft.heading.date", "date", date)
                    : Texts.text("council-draft.heading.date-paper", "date", date, "paper", draft.paperReference()));
            section(document, Texts.text("council-draft.heading.subject"), List.of(draft.subject()));
            section(document, Texts.text("council-draft.heading.proposal"), List.of(draft.proposal()));
            section(document, Texts.text("council-draft.heading.facts"), draft.facts());
            heading(document, Texts.text("council-draft.heading.finance"), 12);
            XWPFTable table = document.createTable(draft.finance().size(), 2);
            for (int i = 0; i < draft.finance().size(); i++) {
                XWPFTableRow row = table.getRow(i);
                cell(row.getCell(0), draft.finance().get(i).label());
                cell(row.getCell(1), draft.finance().get(i).value());
            }
            section(document, Texts.text("council-draft.heading.climate"), draft.climate());
            section(document, Texts.text("council-draft.heading.frame"), draft.frame());
            var out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFDocument open(String memberId) throws IOException {
        Path file = templateOf(memberId);
        if (file == null) {
            return new XWPFDocument();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private Path templateOf(String memberId) {
        if (template == null) {
            return null;
        }
        Path path = Path.of(template);
        if (!Files.isDirectory(path)) {
            return path;
        }
        for (Path candidate : new Path[] {path.resolve(memberId + ".docx"), path.resolve("default.docx")}) {
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Replaces {@code ${name}} in the template's paragraphs, tables, headers and footers. */
    private static void fill(XWPFDocument document, Map<String, String> values) {
        var paragraphs = new ArrayList<XWPFParagraph>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            table.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
        }
        for (XWPFHeaderFooter part : document.getHeaderList()) {
            paragraphs.addAll(part.getParagraphs());
        }
        for (XWPFHeaderFooter part : document.getFooterList()) {
            paragraphs.addAll(part.getParagraphs());
        }
        for (XWPFParagraph paragraph : paragraphs) {
            String text = paragraph.getText();
            if (text == null || !text.contains("${")) {
                continue;
            }
            String filled = text;
            for (var entry : values.entrySet()) {
                filled = filled.replace("${" + entry.getKey() + "}", entry.getValue());
            }
            if (!filled.equals(text)) {
                // Word splits text into runs at will: the paragraph keeps its first run's formatting
                List<XWPFRun> runs = paragraph.getRuns();
                for (int i = runs.size() - 1; i > 0; i--) {
                    paragraph.removeRun(i);
                }
                if (runs.isEmpty()) {
                    paragraph.createRun().setText(filled);
                } else {
                    runs.get(0).setText(filled, 0);
                }
            }
        }
    }

    private static void section(XWPFDocument document, String title, List<String> paragraphs) {
        heading(document, title, 12);
        paragraphs.forEach(p -> text(document, p));
    }

    private static void heading(XWPFDocument document, String title, int size) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setText(title);
    }

    private static void text(XWPFDocument document, String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        run.setText(text);
    }

    private static void cell(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        run.setText(text);
    }
}
