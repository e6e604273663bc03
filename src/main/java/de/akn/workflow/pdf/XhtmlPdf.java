package de.akn.workflow.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A document as PDF: a Thymeleaf XHTML template (every text escaped) rendered by openhtmltopdf,
 * with DejaVu fonts embedded where installed; no external resource is ever loaded. Every PDF is tagged
 * (PDF/UA): its structure (headings, paragraphs, tables with their header cells, figures with their
 * alternative text), its language ({@code lang} of the template) and its title come from the XHTML, so that
 * a screen reader reads it as a person reads the page.
 */
public final class XhtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final File fontDirectory;
    private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

    /**
     * @param templateFolder the classpath folder of the templates, e.g. {@code templates/report/}
     * @param fontDirectory  where DejaVuSans*.ttf are (built-in Helvetica if missing)
     */
    public XhtmlPdf(String templateFolder, String fontDirectory) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(templateFolder);
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        this.fontDirectory = fontDirectory == null ? null : new File(fontDirectory);
    }

    /** The XHTML of the template with the model (for tests and debugging). */
    public String html(String template, Map<String, Object> model) {
        return engine.process(template, new Context(java.util.Locale.GERMANY, model));
    }

    public byte[] render(String template, Map<String, Object> model) {
        String html = html(template, model);
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // PDF/UA: a structure tree from the XHTML, the title shown instead of the file name, fonts embedded
            builder.usePdfUaAccessbility(true);
            builder.withHtmlContent(html, null);
            builder.useProtocolsStreamImplementation(url -> {
                throw new IllegalArgumentException("A document loads no external resources: " + url);
            }, "http", "https", "file", "jar");
            registerFont(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            registerFont(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            registerFont(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void registerFont(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] font = fonts.computeIfAbsent(file, this::load);
        if (font.length > 0) {
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
        }
    }

    private byte[] load(String file) {
        if (fontDirectory == null || !new File(fontDirectory, file).isFile()) {
            return new byte[0];
        }
        try {
            return withoutGlyphSubstitution(Files.readAllBytes(new File(fontDirectory, file).toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table (ligatures, contextual forms — nothing German text needs) by
     * renaming its tag in the table directory. PDFBox applies GSUB rules to every string it
     * writes, which doubled the time of a large report; the embedded subset never contains the
     * table anyway.
     */
    public static byte[] withoutGlyphSubstitution(byte[] ttf) {
        var buffer = ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= ttf.length && ttf[record] == 'G' && ttf[record + 1] == 'S' && ttf[record + 2] == 'U'
                    && ttf[record + 3] == 'B') {
                ttf[record] = 'X';
            }
        }
        return ttf;
    }
}
