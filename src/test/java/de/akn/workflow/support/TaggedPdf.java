package de.akn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * Reads a PDF's accessibility as a screen reader needs it (PDF/UA, checked with PDFBox): marked as tagged, a
 * structure tree, the language German, the title shown, and the structure elements (headings, tables with
 * header cells, figures with their alternative text).
 */
public final class TaggedPdf {

    private TaggedPdf() {
    }

    /** Asserts the basics and returns the structure types found (in document order), e.g. H1, P, Table, TH. */
    public static List<String> assertAccessible(byte[] pdf, String titleFragment) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
            assertThat(catalog.getLanguage()).as("language").startsWith("de");
            assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("shows the title").isTrue();
            assertThat(document.getDocumentInformation().getTitle()).as("title").contains(titleFragment);
            var root = catalog.getStructureTreeRoot();
            assertThat(root).as("structure tree").isNotNull();
            var types = new ArrayList<String>();
            var figuresWithoutAlt = new ArrayList<String>();
            walk(root, types, figuresWithoutAlt);
            assertThat(types).as("structure elements").isNotEmpty();
            assertThat(figuresWithoutAlt).as("figures without alternative text").isEmpty();
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, List<String> types, List<String> figuresWithoutAlt) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType()) && (element.getAlternateDescription() == null
                        || element.getAlternateDescription().isBlank())) {
                    figuresWithoutAlt.add(String.valueOf(element.getTitle()));
                }
                walk(element, types, figuresWithoutAlt);
            }
        }
    }
}
