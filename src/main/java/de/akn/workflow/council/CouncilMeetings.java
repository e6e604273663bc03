package de.akn.workflow.council;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Body;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * A member's upcoming council meetings from its OParl 1.1 system ({@code oparl-body}): the body's
 * organisations, the council's among them where it can be told apart (the Rat or the Kreistag,
 * not a committee), and its meetings — else the body's meetings. Answers are kept for
 * {@code alliance.oparl.cache-for}; a system that cannot be read is an {@link OParlUnavailable}.
 */
@Service
public class CouncilMeetings {

    private final MemberService members;
    private final OParlClient client;
    private final OParlProperties config;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Instant> failures = new ConcurrentHashMap<>();

    /** How long a failed system is not asked again. */
    static final java.time.Duration FAILURE_KEPT = java.time.Duration.ofMinutes(2);

    private record Cached(List<CouncilMeeting> meetings, Instant until) {
    }

    CouncilMeetings(MemberService members, OParlProperties properties, Optional<Clock> clock) {
        this.members = members;
        this.config = properties;
        this.client = new OParlClient(config);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The member's meetings from today on, the earliest first; empty without an OParl address.
     *
     * @throws MemberService.UnknownMemberException for an unknown member
     * @throws OParlUnavailable when the system cannot be read
     */
    public List<CouncilMeeting> upcoming(String memberId) {
        Member member = members.find(memberId).orElseThrow(() -> new MemberService.UnknownMemberException(memberId));
        String body = member.getOparlBody();
        if (body == null || body.isBlank()) {
            return List.of();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(memberId + " " + body);
        if (cached != null && cached.until().isAfter(now)) {
            return upcomingOnly(cached.meetings());
        }
        Instant failed = failures.get(memberId + " " + body);
        if (failed != null && failed.isAfter(now)) {
            // a system that just failed is not asked again at once: forms would wait for it each time
            throw unavailable(member, new OParlUnavailable(Texts.text("oparl.just-failed"), null));
        }
        List<CouncilMeeting> meetings;
        try {
            meetings = read(body, member);
        } catch (OParlUnavailable e) {
            failures.put(memberId + " " + body, now.plus(FAILURE_KEPT));
            throw unavailable(member, e);
        }
        cache.put(memberId + " " + body, new Cached(meetings, now.plus(config.cacheFor())));
        failures.remove(memberId + " " + body);
        return upcomingOnly(meetings);
    }

    /** The meetings as form choices ("15.01.2027 – 12. Sitzung des Rates"); none if the system cannot be read. */
    public List<CouncilMeeting> upcomingOrNone(String memberId) {
        try {
            return upcoming(memberId);
        } catch (OParlUnavailable | MemberService.UnknownMemberException e) {
            return List.of();
        }
    }

    /**
     * What the council decided on the paper with this reference (Drucksachen-Nr.), as the OParl
     * system records it ({@code AgendaItem.result}); empty where it has none (yet), or cannot be read.
     */
    public Optional<String> result(String memberId, String paperReference) {
        Member member = members.find(memberId).orElse(null);
        if (member == null || member.getOparlBody() == null || member.getOparlBody().isBlank()
                || paperReference == null || paperReference.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant deadline = client.deadline();
            URI origin = origin(member.getOparlBody());
            String papers = OParlClient.text(client.object(member.getOparlBody(), origin, deadline).path("paper"));
            if (papers == null) {
                return Optional.empty();
            }
            Optional<JsonNode> paper = client.list(papers, origin, deadline, found -> found.stream().anyMatch(p ->
                    isPaper(p, paperReference))).stream().filter(p -> isPaper(p, paperReference)).findFirst();
            if (paper.isEmpty()) {
                return Optional.empty();
            }
            String result = null;
            for (JsonNode consultation : paper.get().path("consultation")) {
                String agendaItem = OParlClient.text(consultation.path("agendaItem"));
                if (agendaItem != null) {
                    String text = OParlClient.text(client.object(agendaItem, origin, deadline).path("result"));
                    result = text == null ? result : text;
                }
            }
            return Optional.ofNullable(result);
        } catch (OParlUnavailable e) {
            return Optional.empty();
        }
    }

    private static boolean isPaper(JsonNode paper, String reference) {
        return reference.strip().equalsIgnoreCase(paper.path("reference").asText("").strip());
    }

    private static URI origin(String bodyUrl) {
        try {
            return URI.create(bodyUrl);
        } catch (IllegalArgumentException e) {
            throw new OParlUnavailable(Texts.text("oparl.body-invalid"), e);
        }
    }

    private static OParlUnavailable unavailable(Member member, OParlUnavailable cause) {
        return new OParlUnavailable(Texts.text("oparl.unavailable", "member", member.genitive(), "reason",
                cause.getMessage()), cause);
    }

    /**
     * The meetings of the member's bodies: the council's organisation (by its classification or name) and each
     * committee's (by its name, as the member data names it); without organisations, the body's meetings count
     * as the council's.
     */
    private List<CouncilMeeting> read(String bodyUrl, Member member) {
        Instant deadline = client.deadline();
        URI origin = origin(bodyUrl);
        JsonNode body = client.object(bodyUrl, origin, deadline);
        var lists = new java.util.LinkedHashMap<Body, String>();
        String organizations = OParlClient.text(body.path("organization"));
        if (organizations != null) {
            List<JsonNode> found = client.list(organizations, origin, deadline, all -> false);
            for (Body decider : member.getBodies()) {
                found.stream().filter(o -> decider.getKind() == Body.Kind.COUNCIL ? isCouncil(o, member)
                        : o.path("name").asText("").strip().equalsIgnoreCase(decider.getName().strip()))
                        .findFirst().map(o -> OParlClient.text(o.path("meeting")))
                        .ifPresent(list -> lists.put(decider, list));
            }
        }
        if (!lists.containsKey(member.council()) && OParlClient.text(body.path("meeting")) != null) {
            lists.putIfAbsent(member.council(), OParlClient.text(body.path("meeting")));
        }
        if (lists.isEmpty()) {
            throw new OParlUnavailable(Texts.text("oparl.no-meetings"), null);
        }
        LocalDate today = GermanFormat.day(clock.instant());
        var meetings = new ArrayList<CouncilMeeting>();
        for (var entry : lists.entrySet()) {
            for (JsonNode meeting : client.list(entry.getValue(), origin, deadline, found -> false)) {
                LocalDate date = date(meeting.path("start"));
                if (date == null || date.isBefore(today) || meeting.path("cancelled").asBoolean(false)
                        || meeting.path("deleted").asBoolean(false)) {
                    continue;
                }
                meetings.add(new CouncilMeeting(date, Optional.ofNullable(OParlClient.text(meeting.path("name")))
                        .orElse("Sitzung"), OParlClient.text(meeting.path("id")), entry.getKey().getId(),
                        entry.getKey().getName(), entry.getKey().getKind() == Body.Kind.COUNCIL));
            }
        }
        meetings.sort(Comparator.comparing(CouncilMeeting::date));
        return List.copyOf(meetings);
    }

    /** The council (Rat, Kreistag), not a committee; by its classification, else its name. */
    static boolean isCouncil(JsonNode organization, Member member) {
        String classification = organization.path("classification").asText("").toLowerCase(Locale.GERMAN);
        String name = organization.path("name").asText("").toLowerCase(Locale.GERMAN);
        String body = member.getCouncilBody() == null ? "" : member.getCouncilBody().toLowerCase(Locale.GERMAN);
        if (classification.contains("ausschuss") || name.contains("ausschuss")) {
            return false;
        }
        return classification.equals("rat") || classification.contains("kreistag") || classification.contains("gemeinderat")
                || classification.contains("stadtrat") || name.equals("rat") || name.startsWith("rat ")
                || name.contains("kreistag") || (!body.isEmpty() && name.equals(body));
    }

    private static LocalDate date(JsonNode start) {
        if (!start.isTextual()) {
            return null;
        }
        try {
            return GermanFormat.day(OffsetDateTime.parse(start.asText()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(start.asText().substring(0, Math.min(10, start.asText().length())));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private List<CouncilMeeting> upcomingOnly(List<CouncilMeeting> meetings) {
        LocalDate today = GermanFormat.day(clock.instant());
        return meetings.stream().filter(m -> !m.date().isBefore(today)).toList();
    }
}
