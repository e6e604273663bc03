package de.akn.workflow.member;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A town that applies to join the alliance, as the coordinator enters it (API body {@code member}
 * or the membership start form). {@link #read} checks every field and reports all problems at once.
 */
public record NewMember(String id, String name, MemberKind kind, Integer population, String email,
        String councilBody) {

    /** Member ids: lower-case letters, digits and '-', as Camunda's group ids need them. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_POPULATION = 10_000_000;

    /** The applicant from loosely typed input; field names as in the API ({@code id}, {@code name}, …). */
    public static NewMember read(Map<String, ?> input, String prefix) {
        var errors = new LinkedHashMap<String, String>();
        String id = Inputs.text(input.get(prefix + "id"));
        if (id == null) {
            errors.put(prefix + "id", Texts.text("member.id.missing"));
        } else if (!ID.matcher(id).matches()) {
            errors.put(prefix + "id", Texts.text("member.id.invalid"));
        }
        String name = Inputs.text(input.get(prefix + "name"));
        if (name == null) {
            errors.put(prefix + "name", Texts.text("member.name.missing"));
        } else if (name.length() > TextLimits.TITLE) {
            errors.put(prefix + "name", TextLimits.tooLong(Texts.text("member.name.what"), TextLimits.TITLE));
        }
        MemberKind kind = Inputs.enumValue(MemberKind.class, input.get(prefix + "kind"));
        if (kind != MemberKind.STADT && kind != MemberKind.GEMEINDE) {
            errors.put(prefix + "kind", Texts.text("member.kind.join"));
        }
        Integer population = population(input.get(prefix + "population"), prefix + "population", errors, true);
        String email = email(input.get(prefix + "email"), prefix + "email", errors);
        String councilBody = Inputs.text(input.get(prefix + "councilBody"));
        if (councilBody != null && councilBody.length() > TextLimits.TITLE) {
            errors.put(prefix + "councilBody", TextLimits.tooLong(Texts.text("member.council-body.what"),
                    TextLimits.TITLE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new NewMember(id, name, kind, population, email, councilBody);
    }

    /** Refuses an id that a member (present or past) already has. */
    public void validate(Predicate<String> exists) {
        if (exists.test(id)) {
            throw ValidationProblem.of("id", Texts.text("member.id.taken", "id", id));
        }
    }

    static Integer population(Object value, String field, Map<String, String> errors, boolean required) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                errors.put(field, Texts.text("member.population.missing"));
            }
            return null;
        }
        Integer population = Inputs.integer(value);
        if (population == null || population <= 0 || population > MAX_POPULATION) {
            errors.put(field, Texts.text("member.population.invalid"));
            return null;
        }
        return population;
    }

    static String email(Object value, String field, Map<String, String> errors) {
        String email = Inputs.text(value);
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            errors.put(field, Texts.text("member.email.invalid"));
            return null;
        }
        return email;
    }
}
