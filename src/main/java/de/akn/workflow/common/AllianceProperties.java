package de.akn.workflow.common;

import de.akn.workflow.common.MemberKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code alliance.*}. Validated at start-up: a broken member list
 * or mail setting stops the application with a message naming the property.
 */
@Validated
@ConfigurationProperties("alliance")
public record AllianceProperties(
        @NotBlank(message = "{alliance.name.missing}") String name,
        @NotBlank(message = "{alliance.short-name.missing}") String shortName,
        @NotBlank(message = "{alliance.base-url.missing}") String baseUrl,
        @Valid @NotNull Mail mail,
        @Valid @NotEmpty(message = "{alliance.members.empty}") List<MemberConfig> members,
        @Valid @NotNull @DefaultValue Demo demo,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Cosigning cosigning,
        @Valid @NotNull @DefaultValue CostSplitRule costSplit,
        @Valid @NotNull @DefaultValue Escalation escalation,
        @Valid @NotNull @DefaultValue Reporting reporting,
        @Valid @NotNull @DefaultValue Synergy synergy,
        @Valid @NotNull @DefaultValue Report report,
        @Valid @NotNull @DefaultValue CouncilDraft councilDraft,
        @Valid @NotNull @DefaultValue OParl oparl,
        @Valid @NotNull @DefaultValue Meetings meetings,
        @Valid @NotNull @DefaultValue Files files,
        @Valid @NotNull @DefaultValue Production production) {

    /**
     * The alliance's meetings: one every {@code interval} (a timer plans it {@code notice} ahead), chaired in
     * turn by the members of {@code chair-rotation}, from {@code start-time} for {@code duration}.
     */
    public record Meetings(
            @DefaultValue("P2M") @NotNull Period interval,
            @DefaultValue({"dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich", "meerbusch",
                    "rommerskirchen"})
            @NotEmpty(message = "{alliance.meetings.chair-rotation.empty}")
            List<String> chairRotation,
            @DefaultValue("10:00") @NotNull java.time.LocalTime startTime,
            @DefaultValue("PT2H") @NotNull Duration duration,
            @DefaultValue("P4W") @NotNull Period notice) {

        @AssertTrue(message = "{alliance.meetings.interval.positive}")
        public boolean isIntervalPositive() {
            return interval == null || (!interval.isNegative() && !interval.isZero());
        }
    }

    /** Files uploaded for joint events and brochures (PDF, PNG, JPEG, DOCX): at most {@code max-size} each. */
    public record Files(@DefaultValue("10MB") @NotNull DataSize maxSize) {

        @AssertTrue(message = "{alliance.files.max-size.positive}")
        public boolean isMaxSizePositive() {
            return maxSize == null || maxSize.toBytes() > 0;
        }
    }

    /**
     * Joint events and brochures: how long the signers have for their contributions, the lead town for
     * each draft, and the signers for their sign-off (ISO-8601 periods).
     */
    public record Production(
            @DefaultValue("P14D") @NotNull Period contributionPeriod,
            @DefaultValue("P14D") @NotNull Period draftPeriod,
            @DefaultValue("P7D") @NotNull Period approvalPeriod) {
    }

    /** Progress reports of adopted measures: one every {@code interval} (ISO-8601 period, e.g. P3M). */
    public record Reporting(@DefaultValue("P3M") @NotNull Period interval) {

        @AssertTrue(message = "{alliance.reporting.interval.positive}")
        public boolean isIntervalPositive() {
            return interval == null || (!interval.isNegative() && !interval.isZero());
        }
    }

    /**
     * The synergy estimate: what one town alone would spend on the measure, as a share of the
     * joint cost (DESIGN.md: saved = n × cost × factor − cost).
     */
    public record Synergy(
            @DefaultValue("0.7") @NotNull
            @DecimalMin(value = "0.0", inclusive = false, message = "{alliance.synergy.factor.positive}")
            @DecimalMax(value = "10", message = "{alliance.synergy.factor.max}") BigDecimal standaloneFactor) {
    }

    /**
     * The Beschlussvorlage: optionally the towns' own DOCX (letterhead, styles) with placeholders such as
     * {@code ${kommune}} — one file for all, or a folder with {@code <memberId>.docx} per town (and
     * {@code default.docx}); the draft's sections follow its content.
     */
    public record CouncilDraft(String template) {

        @AssertTrue(message = "{alliance.council-draft.template.readable}")
        public boolean isTemplateReadable() {
            if (template == null || template.isBlank()) {
                return true;
            }
            var path = java.nio.file.Path.of(template);
            return java.nio.file.Files.isDirectory(path)
                    || (template.endsWith(".docx") && java.nio.file.Files.isReadable(path));
        }
    }

    /** Reading council meetings from the members' OParl systems: time-outs and how long an answer is kept. */
    public record OParl(
            @DefaultValue("PT2S") @NotNull Duration connectTimeout,
            @DefaultValue("PT4S") @NotNull Duration readTimeout,
            /* all requests for one answer together (paging) */
            @DefaultValue("PT8S") @NotNull Duration totalTimeout,
            @DefaultValue("PT1H") @NotNull Duration cacheFor,
            @DefaultValue("20") @Min(1) int maxPages) {
    }

    /** The annual report: where its PDF fonts come from (DejaVu; built-in Helvetica if missing). */
    public record Report(@DefaultValue("/usr/share/fonts/truetype/dejavu") String fontDirectory) {
    }

    /** Co-signing deadlines (ISO-8601 durations) and quorum. */
    public record Cosigning(
            @DefaultValue("P7D") @NotNull Duration reminderInterval,
            @DefaultValue("P21D") @NotNull Duration deadline,
            @DefaultValue("2") @Min(value = 1, message = "{alliance.cosigning.min-signers}") int minSigners) {
    }

    /**
     * The split by population: the Kreis, whose inhabitants are the towns' inhabitants, takes
     * {@code kreis-share} of the total (a fraction, e.g. 0.25); unset, an equal share (total ÷ signers).
     */
    public record CostSplitRule(
            @DecimalMin(value = "0.0", inclusive = false,
                    message = "{alliance.cost-split.kreis-share.positive}")
            @DecimalMax(value = "1.0", inclusive = false,
                    message = "{alliance.cost-split.kreis-share.below-one}")
            BigDecimal kreisShare) {
    }

    /** When overdue tasks are escalated to the coordinator. */
    public record Escalation(@DefaultValue("P7D") @NotNull Duration after) {
    }

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

    /** Mail outbox and sender. */
    public record Mail(
            @NotBlank String from,
            @NotBlank String messageIdDomain,
            @NotNull Duration pollInterval,
            @Positive int batchSize,
            @Positive int maxAttempts,
            @NotNull Duration initialBackoff,
            @NotNull Duration maxBackoff,
            @NotNull Duration unreachableBackoff,
            @NotNull Duration claimLease,
            @NotNull Duration retention,
            @NotBlank String retentionCron) {
    }

    /** Demo users (profile {@code demo}). */
    public record Demo(@DefaultValue("false") boolean usersEnabled, @DefaultValue("demo") String password,
            Map<String, BankAccount> bankAccounts) {

        public Demo {
            bankAccounts = bankAccounts == null ? Map.of() : Map.copyOf(bankAccounts);
        }

        /** A made-up bank account of a member (demo profile). */
        public record BankAccount(String iban, String bic, String bankName) {
        }
    }

    /** Security switches (profile {@code prod} turns the guard on). */
    public record Security(@DefaultValue("false") boolean refuseDefaultPasswords) {
    }
}
