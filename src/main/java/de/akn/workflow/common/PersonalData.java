package de.akn.workflow.common;

import java.util.List;
import java.util.Map;

/**
 * A module's part of a person's data (Art. 15 and 17 DSGVO): each module that stores who did what contributes a
 * bean — what it holds about the person (for the export), and how it replaces the person by its role (erasure:
 * the facts stay readable, the person is gone).
 */
public interface PersonalData {

    /** The section of the export, e.g. {@code measureEvents}. */
    String section();

    /** The rows about the person (user id, and e-mail address where mails are concerned). */
    List<Map<String, Object>> export(String userId, String email);

    /** Replaces the person's id, name and address by {@code role}, e.g. "Klimaschutzmanagement der Stadt Kaarst". */
    void erase(String userId, String email, String role);
}
