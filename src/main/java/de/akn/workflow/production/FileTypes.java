package de.akn.workflow.production;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The file rules of joint events and brochures: PDF, PNG, JPEG or Word (DOCX), judged by the content
 * (its first bytes; a DOCX is a ZIP archive with {@code [Content_Types].xml} and
 * {@code word/document.xml}), never by the name or the declared type; not empty, not above the limit.
 */
public final class FileTypes {

    /** The accepted types. */
    public enum FileType {
        PDF("application/pdf"),
        PNG("image/png"),
        JPEG("image/jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String contentType;

        FileType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    static final String FIELD = "file";
    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_NAME = 255;

    private FileTypes() {
    }

    /**
     * The type of the content.
     *
     * @throws ValidationProblem (German) when the file is empty, too large or of another type
     */
    public static FileType check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw ValidationProblem.of(FIELD, Texts.text("files.empty"));
        }
        if (content.length > maxBytes) {
            throw ValidationProblem.of(FIELD, tooLarge(maxBytes));
        }
        if (startsWith(content, PDF)) {
            return FileType.PDF;
        } else if (startsWith(content, PNG)) {
            return FileType.PNG;
        } else if (startsWith(content, JPEG)) {
            return FileType.JPEG;
        } else if (startsWith(content, ZIP) && isWordDocument(content)) {
            return FileType.DOCX;
        }
        throw ValidationProblem.of(FIELD, Texts.text("files.type"));
    }

    /** The German message for a file above the limit (also for uploads the container refuses). */
    public static String tooLarge(long maxBytes) {
        return Texts.text("files.too-large", "max", megabytes(maxBytes));
    }

    /** "10 MB", "1,5 MB". */
    public static String megabytes(long bytes) {
        return GermanFormat.number(java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    /** The name to keep: without a path and control characters, at most 255 characters; else "Datei.pdf" etc. */
    public static String fileName(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "Datei." + type.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * Whether the ZIP archive's central directory names {@code [Content_Types].xml} and {@code word/document.xml}.
     * Only the directory is read, nothing is decompressed: a ZIP bomb costs no more than any other file.
     */
    private static boolean isWordDocument(byte[] c) {
        int end = -1;
        for (int i = c.length - 22; i >= Math.max(0, c.length - 22 - 0xFFFF); i--) {
            if (int32(c, i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        var needed = new HashSet<>(List.of("[Content_Types].xml", "word/document.xml"));
        int entries = int16(c, end + 10);
        long position = int32(c, end + 16) & 0xFFFFFFFFL;
        for (int n = 0; n < entries && !needed.isEmpty(); n++) {
            if (position < 0 || position + 46 > c.length || int32(c, (int) position) != 0x02014b50) {
                return false;
            }
            int p = (int) position;
            int nameLength = int16(c, p + 28);
            if (p + 46 + nameLength > c.length) {
                return false;
            }
            needed.remove(new String(c, p + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8));
            position = p + 46L + nameLength + int16(c, p + 30) + int16(c, p + 32);
        }
        return needed.isEmpty();
    }

    private static int int16(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] c, int at) {
        return int16(c, at) | int16(c, at + 2) << 16;
    }
}
