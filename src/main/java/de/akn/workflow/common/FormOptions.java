package de.akn.workflow.common;

import java.util.List;

/**
 * Choices a Camunda Form gets at run time (the members, the people of one's town …): a form
 * component with {@code "valuesKey": "<key>"} receives this source's options as its {@code values}
 * when Tasklist loads the form (start and task forms alike; see {@code web.DeployedFormOptions}).
 * No member or person list is written into a form.
 */
public interface FormOptions {

    /** An option as form-js shows it. */
    record Option(String label, String value) {
    }

    /** The {@code valuesKey} this source fills, e.g. {@code memberOptions}. */
    String key();

    /**
     * The options for the user who opens the form.
     *
     * @param userId the authenticated user, or null
     */
    List<Option> options(String userId);

    /** A source from a key and a function of the user. */
    static FormOptions of(String key, java.util.function.Function<String, List<Option>> options) {
        return new FormOptions() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public List<Option> options(String userId) {
                return options.apply(userId);
            }
        };
    }
}
