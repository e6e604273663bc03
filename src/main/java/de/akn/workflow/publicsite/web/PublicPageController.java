package de.akn.workflow.publicsite.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.publicsite.LegalPages;
import de.akn.workflow.publicsite.PublicSite;
import de.akn.workflow.publicsite.PublishedMeasures.Published;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages, rendered on the server (no JavaScript needed to read them). Each answers
 * with an ETag from {@link PublicSite#version()}: an unchanged page costs one small query and a 304.
 */
@Controller
class PublicPageController {

    private final PublicSite site;
    private final LegalPages legalPages;

    PublicPageController(PublicSite site, LegalPages legalPages) {
        this.site = site;
        this.legalPages = legalPages;
    }

    @GetMapping("/")
    String start(WebRequest request, Model model) {
        if (notModified(request, "start")) {
            return null;
        }
        var measures = site.measures();
        common(model);
        model.addAttribute("measures", measures);
        model.addAttribute("figures", site.figures(measures));
        model.addAttribute("members", site.members());
        return "public/index";
    }

    @GetMapping("/kommunen/{memberId}")
    String member(@PathVariable String memberId, WebRequest request, Model model, HttpServletResponse response) {
        Member member = site.member(memberId).orElse(null);
        if (member == null) {
            return notFound(model, response, Texts.text("site.member-unknown"));
        }
        if (notModified(request, "member-" + memberId)) {
            return null;
        }
        var rows = site.measures().stream().flatMap(m -> m.signers().stream()
                .filter(s -> s.member().equals(memberId)).map(s -> Map.of("measure", m, "share", s))).toList();
        common(model);
        model.addAttribute("member", member);
        model.addAttribute("rows", rows);
        return "public/member";
    }

    @GetMapping("/massnahmen/{reference}")
    String measure(@PathVariable String reference, WebRequest request, Model model, HttpServletResponse response) {
        Published measure = site.measure(reference).orElse(null);
        if (measure == null) {
            // a measure in review, rejected or not adopted is not public: it does not exist here
            return notFound(model, response, Texts.text("site.measure-unknown"));
        }
        if (notModified(request, "measure-" + reference)) {
            return null;
        }
        common(model);
        model.addAttribute("measure", measure);
        return "public/measure";
    }

    /** Impressum (§ 5 DDG). */
    @GetMapping("/impressum")
    String imprint(Model model, HttpServletResponse response) {
        return legal(legalPages.imprint(), model, response);
    }

    /** Datenschutzerklärung (Art. 13 DSGVO). */
    @GetMapping("/datenschutz")
    String privacy(Model model, HttpServletResponse response) {
        return legal(legalPages.privacy(), model, response);
    }

    /** Erklärung zur Barrierefreiheit (BITV NRW), with where to report barriers. */
    @GetMapping("/barrierefreiheit")
    String accessibility(Model model, HttpServletResponse response) {
        model.addAttribute("contact", legalPages.accessibilityContact().orElse(null));
        return legal(legalPages.accessibility(), model, response);
    }

    private String legal(java.util.Optional<LegalPages.Page> page, Model model, HttpServletResponse response) {
        if (page.isEmpty()) {
            return notFound(model, response, Texts.text("site.not-configured"));
        }
        common(model);
        model.addAttribute("page", page.get());
        return "public/legal";
    }

    /** The adopted and completed measures as an Atom feed (RFC 4287). */
    @GetMapping(value = "/massnahmen.atom")
    ResponseEntity<byte[]> feed(WebRequest request) throws XMLStreamException {
        String etag = etag("atom");
        if (request.checkNotModified(etag)) {
            return null;
        }
        List<Published> measures = site.measures();
        String base = site.alliance().baseUrl();
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml:lang", "de");
        element(xml, "id", base + "/massnahmen.atom");
        element(xml, "title", Texts.text("site.feed-title", "alliance", site.alliance().name()));
        element(xml, "updated", atomTime(measures.stream().map(Published::updated).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        link(xml, base + "/massnahmen.atom", "self");
        link(xml, base + "/", "alternate");
        xml.writeStartElement("author");
        element(xml, "name", site.alliance().name());
        xml.writeEndElement();
        element(xml, "rights", PublicSite.LICENCE);
        for (Published m : measures) {
            xml.writeStartElement("entry");
            element(xml, "id", base + "/massnahmen/" + m.reference());
            element(xml, "title", m.title());
            element(xml, "updated", atomTime(m.updated() == null ? Instant.EPOCH : m.updated()));
            link(xml, base + "/massnahmen/" + m.reference(), "alternate");
            element(xml, "category", null, "term", m.category().label());
            element(xml, "summary", PublicFormat.INSTANCE.status(m) + ": " + m.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).eTag(etag)
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        common(model);
        model.addAttribute("message", message);
        return "public/not-found";
    }

    private void common(Model model) {
        model.addAttribute("alliance", site.alliance());
        model.addAttribute("synergy", site.synergy());
        model.addAttribute("partners", site.partners());
        model.addAttribute("names", site.names());
        model.addAttribute("fmt", PublicFormat.INSTANCE);
    }

    private boolean notModified(WebRequest request, String page) {
        return request.checkNotModified(etag(page));
    }

    private String etag(String page) {
        return "\"" + page + "-" + Integer.toHexString(site.version().hashCode()) + "\"";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        element(xml, name, text, null, null);
    }

    private static void element(XMLStreamWriter xml, String name, String text, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (attribute != null) {
            xml.writeAttribute(attribute, value);
        }
        if (text != null) {
            xml.writeCharacters(text);
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String atomTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
