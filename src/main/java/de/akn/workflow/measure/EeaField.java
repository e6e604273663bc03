package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** The six areas of the European Energy Award (eea) a measure belongs to, by their number 1–6. */
public final class EeaField {

    public static final int FIRST = 1;
    public static final int LAST = 6;

    private EeaField() {
    }

    /** "1 – Entwicklungsplanung, Raumordnung", or null for none. */
    public static String label(Integer field) {
        if (field == null) {
            return null;
        }
        String key = switch (field) {
            case 1 -> "eea.field.1";
            case 2 -> "eea.field.2";
            case 3 -> "eea.field.3";
            case 4 -> "eea.field.4";
            case 5 -> "eea.field.5";
            case 6 -> "eea.field.6";
            default -> throw new IllegalArgumentException("No eea area " + field);
        };
        return field + " – " + Texts.text(key);
    }
}
