package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.members} — the members that seed an empty database — and the made-up bank accounts of the
 * {@code demo} profile ({@code alliance.demo.bank-accounts}). Bound to {@code alliance} itself because the
 * members are a list directly under it; the record reads only these two keys.
 */
@Validated
@ConfigurationProperties("alliance")
public record MemberProperties(
        @Valid @NotEmpty(message = "{alliance.members.empty}") List<MemberConfig> members,
        @Valid @NotNull @DefaultValue Demo demo) {

    /** One entry of {@code alliance.members}. */
    public record MemberConfig(
            @NotBlank(message = "{alliance.member.id.missing}")
            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}",
                    message = "{alliance.member.id.pattern}")
            String id,
            @NotBlank(message = "{alliance.member.name.missing}") String name,
            @NotNull(message = "{alliance.member.kind.missing}") MemberKind kind,
            @Min(value = 0, message = "{alliance.member.population.negative}") Integer population,
            @Email(message = "{alliance.member.email.invalid}") String email,
            @DefaultValue("true") boolean active,
            /* who decides for the member; default: "Rat der <name>" for towns, "Kreistag" for the Kreis */
            String councilBody,
            /* the account that receives its reimbursements (optional) */
            String iban, String bic, String bankName) {

        @AssertTrue(message = "{alliance.member.population.missing}")
        public boolean isPopulationGivenForMembers() {
            return kind == null || kind == MemberKind.PARTNER || (population != null && population > 0);
        }
    }

    @AssertTrue(message = "{alliance.members.unique}")
    public boolean isMemberIdsUnique() {
        if (members == null) {
            return true;
        }
        var ids = new HashSet<String>();
        return members.stream().map(MemberConfig::id).filter(Objects::nonNull).allMatch(ids::add);
    }

    @AssertTrue(message = "{alliance.members.one-kreis}")
    public boolean isExactlyOneKreis() {
        return members == null || members.stream().filter(m -> m.kind() == MemberKind.KREIS).count() == 1;
    }

    /** {@code alliance.demo.bank-accounts}: made-up bank accounts of the members (profile {@code demo}). */
    public record Demo(Map<String, BankAccount> bankAccounts) {

        public Demo {
            bankAccounts = bankAccounts == null ? Map.of() : Map.copyOf(bankAccounts);
        }

        /** A made-up bank account of a member (demo profile). */
        public record BankAccount(String iban, String bic, String bankName) {
        }
    }
}
