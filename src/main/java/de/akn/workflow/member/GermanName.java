package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;

/**
 * A member's name with its article as German text needs it in each case: "die Stadt Kaarst", "der Rhein-Kreis
 * Neuss"; genitive "der Stadt Kaarst", "des Rhein-Kreises Neuss"; after "von" "von der Stadt Kaarst", "vom
 * Rhein-Kreis Neuss". The Kreis is masculine, towns and the partner feminine ("die Stadt", "die Gemeinde", "die
 * EnergieAgentur.NRW").
 */
public record GermanName(MemberKind kind, String name) {

    private boolean masculine() {
        return kind == MemberKind.KREIS;
    }

    public String nominative(boolean sentenceStart) {
        return capitalize(masculine() ? "der " : "die ", sentenceStart) + name;
    }

    public String accusative() {
        return (masculine() ? "den " : "die ") + name;
    }

    public String genitive() {
        return masculine() ? "des " + name.replaceFirst("Kreis\\b", "Kreises") : "der " + name;
    }

    public String dative(boolean sentenceStart) {
        return capitalize(masculine() ? "dem " : "der ", sentenceStart) + name;
    }

    /** After "von", contracted as German writes it. */
    public String afterVon() {
        return masculine() ? "vom " + name : "von " + dative(false);
    }

    private static String capitalize(String article, boolean sentenceStart) {
        return sentenceStart ? Character.toUpperCase(article.charAt(0)) + article.substring(1) : article;
    }
}
