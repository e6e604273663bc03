package de.akn.workflow.publicsite.web;

import de.akn.workflow.publicsite.PublicSite;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages and open data as rendered, until {@link PublicSite#version()} changes: a
 * page with a thousand measures is rendered once per change of the published data, not once per
 * visitor (each node keeps its own copy, keyed by the database's state). Only complete answers
 * (200, no cookie) are kept; a visitor whose copy is current gets 304 as before. Registered by
 * {@link PublicSiteWebConfiguration} (not a component: web slices of other modules must not need it).
 */
class RenderedPageCache extends OncePerRequestFilter {

    /** Pages kept at most (the start page, the open data, one page per member and published measure). */
    static final int MAX_PAGES = 5_000;
    /** Bytes kept at most. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PublicSite site;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            if (size() > MAX_PAGES || bytes > MAX_BYTES) {
                bytes -= eldest.getValue().body().length;
                return true;
            }
            return false;
        }
    };
    private long bytes;
    private String version;

    private record Page(String contentType, Map<String, List<String>> headers, byte[] body) {
    }

    RenderedPageCache(PublicSite site) {
        this.site = site;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.startsWith("/kommunen/") || path.startsWith("/massnahmen")
                || path.startsWith("/api/public/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the path alone: none of these pages reads a parameter, so "/?a=1", "/?a=2" … are one page
        String key = request.getRequestURI().replaceAll(";[^/]*", "");
        String current = site.version();
        Page page = cached(current, key);
        if (page != null) {
            write(page, request, response);
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                && wrapper.getContentSize() > 0) {
            var headers = new LinkedHashMap<String, List<String>>();
            for (String name : wrapper.getHeaderNames()) {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    headers.put(name, new ArrayList<>(wrapper.getHeaders(name)));
                }
            }
            store(current, key, new Page(wrapper.getContentType(), headers, wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private synchronized Page cached(String current, String key) {
        if (!current.equals(version)) {
            pages.clear();
            bytes = 0;
            version = current;
            return null;
        }
        return pages.get(key);
    }

    private synchronized void store(String current, String key, Page page) {
        if (current.equals(version)) {
            Page replaced = pages.put(key, page);
            bytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
        }
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> etag = page.headers().get(HttpHeaders.ETAG);
        if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag.get(0))) {
            return;
        }
        page.headers().forEach((name, values) -> {
            // set, not add: the security headers written before this filter must not appear twice
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
