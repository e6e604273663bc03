package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.net.URI;
import java.util.LinkedHashMap;

/**
 * Changes to a member's data ({@code PATCH /api/members/{id}}): a field left out stays as it is,
 * an empty text clears the e-mail address, the council body or the OParl address.
 */
public record MemberChanges(String name, Integer population, String email, String councilBody, String oparlBody,
        String iban, String bic, String bankName) {

    public MemberChanges(String name, Integer population, String email, String councilBody, String oparlBody) {
        this(name, population, email, councilBody, oparlBody, null, null, null);
    }

    void validate(Member member) {
        var errors = new LinkedHashMap<String, String>();
        if (name != null && name.isBlank()) {
            errors.put("name", "Der Name darf nicht leer sein.");
        } else if (name != null && name.length() > TextLimits.TITLE) {
            errors.put("name", TextLimits.tooLong("Der Name", TextLimits.TITLE));
        }
        if (population != null) {
            NewMember.population(population, "population", errors, false);
        }
        if (email != null && !email.isBlank()) {
            NewMember.email(email, "email", errors);
        }
        if (councilBody != null && councilBody.length() > TextLimits.TITLE) {
            errors.put("councilBody", TextLimits.tooLong("Das Beschlussgremium", TextLimits.TITLE));
        }
        if (councilBody != null && councilBody.isBlank() && member.getKind() != MemberKind.PARTNER) {
            errors.put("councilBody", "Kreis, Städte und Gemeinden brauchen ein Beschlussgremium (z. B. Rat der Stadt Kaarst).");
        }
        if (oparlBody != null && !oparlBody.isBlank() && !isHttpUrl(oparlBody.strip())) {
            errors.put("oparlBody", "Bitte die Adresse des OParl-Body als http- oder https-Adresse angeben.");
        }
        if (iban != null && !iban.isBlank() && !Iban.valid(iban)) {
            errors.put("iban", Texts.text("member.iban"));
        }
        if (bic != null && !bic.isBlank() && !bic.strip().toUpperCase().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            errors.put("bic", Texts.text("member.bic"));
        }
        if (bankName != null && bankName.length() > TextLimits.TITLE) {
            errors.put("bankName", Texts.text("member.bank-name-too-long", "max", TextLimits.TITLE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
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
