package de.akn.workflow.member;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Changes to a member's data ({@code PATCH /api/members/{id}}): a field left out stays as it is,
 * an empty text clears the e-mail address, the council body or the OParl address.
 */
public record MemberChanges(String name, Integer population, String email, String councilBody, String oparlBody,
        String iban, String bic, String bankName, Boolean signOffRequired, List<BodyInput> bodies) {

    public MemberChanges(String name, Integer population, String email, String councilBody, String oparlBody) {
        this(name, population, email, councilBody, oparlBody, null, null, null, null, null);
    }

    /** A body as sent: its id (a-z, 0-9, "-"), its name and COUNCIL or COMMITTEE. */
    public record BodyInput(String id, String name, String kind) {
    }

    /** The bodies as given (validated), or null to keep them. */
    List<Body> bodyList() {
        return bodies == null ? null : bodies.stream().map(b -> new Body(b.id().strip(), b.name().strip(),
                Body.Kind.valueOf(b.kind().strip().toUpperCase()))).toList();
    }

    void validate(Member member) {
        var errors = new LinkedHashMap<String, String>();
        if (name != null && name.isBlank()) {
            errors.put("name", Texts.text("member.name.blank"));
        } else if (name != null && name.length() > TextLimits.TITLE) {
            errors.put("name", TextLimits.tooLong(Texts.text("member.name.what"), TextLimits.TITLE));
        }
        if (population != null) {
            NewMember.population(population, "population", errors, false);
        }
        if (email != null && !email.isBlank()) {
            NewMember.email(email, "email", errors);
        }
        if (councilBody != null && councilBody.length() > TextLimits.TITLE) {
            errors.put("councilBody", TextLimits.tooLong(Texts.text("member.council-body.what"), TextLimits.TITLE));
        }
        if (councilBody != null && councilBody.isBlank() && member.getKind() != MemberKind.PARTNER) {
            errors.put("councilBody", Texts.text("member.council-body.missing"));
        }
        if (oparlBody != null && !oparlBody.isBlank() && !isHttpUrl(oparlBody.strip())) {
            errors.put("oparlBody", Texts.text("member.oparl-body.invalid"));
        }
        if (iban != null && !iban.isBlank() && !Iban.valid(iban)) {
            errors.put("iban", Texts.text("member.iban"));
        }
        if (bic != null && !bic.isBlank() && !bic.strip().toUpperCase().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            errors.put("bic", Texts.text("member.bic"));
        }
        if (bankName != null && bankName.length() > TextLimits.TITLE) {
            errors.put("bankName", Texts.text("member.bank-name-too-long", "max", GermanFormat.integer(TextLimits.TITLE)));
        }
        if (bodies != null) {
            validateBodies(member, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
    }

    /** Unique ids, a name, a known kind, and a council among them (the one that decides). */
    private void validateBodies(Member member, java.util.Map<String, String> errors) {
        var ids = new java.util.HashSet<String>();
        boolean council = false;
        for (BodyInput body : bodies) {
            if (body == null || body.id() == null || !body.id().strip().matches("[a-z0-9-]{1,40}")) {
                errors.put("bodies", Texts.text("member.body.id"));
                return;
            }
            if (!ids.add(body.id().strip())) {
                errors.put("bodies", Texts.text("member.body.duplicate", "id", body.id().strip()));
                return;
            }
            if (body.name() == null || body.name().isBlank() || body.name().length() > TextLimits.TITLE) {
                errors.put("bodies", Texts.text("member.body.name", "max", GermanFormat.integer(TextLimits.TITLE)));
                return;
            }
            if (body.kind() == null || !java.util.Set.of("COUNCIL", "COMMITTEE").contains(body.kind().strip()
                    .toUpperCase())) {
                errors.put("bodies", Texts.text("member.body.kind"));
                return;
            }
            council |= "COUNCIL".equalsIgnoreCase(body.kind().strip());
        }
        if (!council && member.decides() && !bodies.isEmpty()) {
            errors.put("bodies", Texts.text("member.body.council"));
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
