package de.akn.workflow.common;

import org.springframework.stereotype.Component;

/** Links into Tasklist and the API, from {@code alliance.base-url}: the one place that knows their paths. */
@Component
public class Links {

    private final String baseUrl;

    public Links(AllianceProperties properties) {
        this.baseUrl = properties.baseUrl();
    }

    /** Tasklist, opened at a task, or its start page when {@code taskId} is null. */
    public String tasklist(String taskId) {
        String tasklist = baseUrl + "/camunda/app/tasklist/default/";
        return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
    }

    /** A page of the public site, e.g. {@code /massnahmen/AKN-2026-001}. */
    public String site(String path) {
        return baseUrl + path;
    }

    /** A path of our API, e.g. {@code /api/measures/AKN-2026-001}. */
    public String api(String path) {
        return baseUrl + path;
    }
}
