package de.akn.workflow.common;

import java.util.Collection;
import java.util.List;

/** The 17 Sustainable Development Goals of the Agenda 2030 by their German short titles. */
public final class Sdgs {

    /** The keys of the goals' titles in the texts, goal 1 first. */
    private static final List<String> TITLES = List.of("sdg.1", "sdg.2", "sdg.3", "sdg.4", "sdg.5", "sdg.6",
            "sdg.7", "sdg.8", "sdg.9", "sdg.10", "sdg.11", "sdg.12", "sdg.13", "sdg.14", "sdg.15", "sdg.16",
            "sdg.17");

    private Sdgs() {
    }

    /** "SDG 13 – Maßnahmen zum Klimaschutz". */
    public static String title(int sdg) {
        return "SDG " + sdg + (name(sdg).isEmpty() ? "" : " – " + name(sdg));
    }

    /** "Maßnahmen zum Klimaschutz"; empty for a number that is no goal. */
    public static String name(int sdg) {
        return sdg >= 1 && sdg <= TITLES.size() ? Texts.text(TITLES.get(sdg - 1)) : "";
    }

    /** The titles of the given goals in ascending order. */
    public static List<String> titles(Collection<Integer> sdgs) {
        return sdgs.stream().sorted().map(Sdgs::title).toList();
    }
}
