package de.akn.workflow.meeting;

import java.util.List;
import java.util.function.Predicate;

/**
 * Who chairs the next meeting: the member after the last meeting's chair in
 * {@code alliance.meetings.chair-rotation}, skipping members that are no longer (or not yet) active.
 * The first meeting, or one after a chair that is no longer in the rotation, starts at the top.
 */
final class ChairRotation {

    private ChairRotation() {
    }

    /**
     * @param lastChair the chair of the last meeting planned, or null for the first
     * @return the next chair, or null if no member of the rotation is active
     */
    static String next(List<String> rotation, String lastChair, Predicate<String> active) {
        int start = lastChair == null ? -1 : rotation.indexOf(lastChair);
        for (int step = 1; step <= rotation.size(); step++) {
            String candidate = rotation.get(Math.floorMod(start + step, rotation.size()));
            if (active.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
