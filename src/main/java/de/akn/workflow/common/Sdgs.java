package de.akn.workflow.common;

import java.util.Collection;
import java.util.List;

/** The 17 Sustainable Development Goals of the Agenda 2030 by their German short titles. */
public final class Sdgs {

    private static final List<String> TITLES = List.of("Keine Armut", "Kein Hunger", "Gesundheit und Wohlergehen",
            "Hochwertige Bildung", "Geschlechtergleichheit", "Sauberes Wasser und Sanitäreinrichtungen",
            "Bezahlbare und saubere Energie", "Menschenwürdige Arbeit und Wirtschaftswachstum",
            "Industrie, Innovation und Infrastruktur", "Weniger Ungleichheiten", "Nachhaltige Städte und Gemeinden",
            "Nachhaltige/r Konsum und Produktion", "Maßnahmen zum Klimaschutz", "Leben unter Wasser",
            "Leben an Land", "Frieden, Gerechtigkeit und starke Institutionen",
            "Partnerschaften zur Erreichung der Ziele");

    private Sdgs() {
    }

    /** "SDG 13 – Maßnahmen zum Klimaschutz". */
    public static String title(int sdg) {
        return "SDG " + sdg + (name(sdg).isEmpty() ? "" : " – " + name(sdg));
    }

    /** "Maßnahmen zum Klimaschutz"; empty for a number that is no goal. */
    public static String name(int sdg) {
        return sdg >= 1 && sdg <= TITLES.size() ? TITLES.get(sdg - 1) : "";
    }

    /** The titles of the given goals in ascending order. */
    public static List<String> titles(Collection<Integer> sdgs) {
        return sdgs.stream().sorted().map(Sdgs::title).toList();
    }
}
