package de.akn.workflow.common;

/**
 * A task's name as mails show it: the subject already begins with {@code [reference]}, so the
 * reference at the end of a task name ("Fortschrittsbericht 1: AKN-2026-007") is left out, and the
 * measure's title is added ("Fortschrittsbericht 1 – Gemeinsame Klimawoche 2027").
 */
public final class TaskNames {

    private TaskNames() {
    }

    public static String forMail(String taskName, String reference, String title) {
        String name = taskName == null ? "Aufgabe" : taskName.strip();
        if (reference != null && name.endsWith(": " + reference)) {
            name = name.substring(0, name.length() - reference.length() - 2);
        }
        return title == null || title.isBlank() || name.contains(title) ? name : name + " – " + title;
    }
}
