package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.TransactionMemo;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.MemberProperties.MemberConfig;
import de.akn.workflow.member.internal.MemberRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the alliance. {@code alliance.members} seeds an empty database; after that the
 * database is the source of truth: members join and leave through the membership process and are
 * edited through {@code PATCH /api/members/{id}}.
 */
@Service
public class MemberService {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);
    private static final Comparator<Member> ORDER = Comparator.comparing(Member::getKind)
            .thenComparing(Member::getName);

    private static final String MEMO = "members";

    private final MemberRepository members;
    private final MemberProperties properties;

    MemberService(MemberRepository members, MemberProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    /** Every member, read once per transaction (a mail or a form asks for them many times). */
    private List<Member> all() {
        return TransactionMemo.get(MEMO, "all", () -> List.copyOf(members.findAll()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Transactional(readOnly = true)
    public List<Member> findAll() {
        return all().stream().sorted(ORDER).toList();
    }

    /** The members (and partners) that belonged to the alliance at some time in {@code year}. */
    @Transactional(readOnly = true)
    public List<Member> activeIn(int year) {
        return all().stream().filter(m -> m.isMemberIn(year)).sorted(ORDER).toList();
    }

    /** The alliance's active strategic partners (kind PARTNER), e.g. EnergieAgentur.NRW. */
    @Transactional(readOnly = true)
    public List<Member> partners() {
        return all().stream().filter(m -> m.getKind() == MemberKind.PARTNER && m.isActive())
                .sorted(Comparator.comparing(Member::getName)).toList();
    }

    /** The partners' names as people read them ("EnergieAgentur.NRW"), from the member data. */
    @Transactional(readOnly = true)
    public String partnerNames() {
        return String.join(", ", partners().stream().map(Member::getName).toList());
    }

    /** The member's name ("Stadt Kaarst"), or the id of a member that is not known. */
    @Transactional(readOnly = true)
    public String nameOf(String id) {
        return find(id).map(Member::getName).orElse(id);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(String id) {
        return id == null ? Optional.empty() : members.findById(id);
    }

    /**
     * Seeds an empty database from {@code alliance.members}; an existing one keeps its members
     * (joined, left or edited at run time) and only gets what an older version did not store yet
     * (the council body).
     */
    /** The configured bank account, else the demo profile's made-up one; a wrong IBAN stops the start. */
    private void seedBankAccount(Member member, MemberConfig config) {
        var demo = properties.demo().bankAccounts().get(config.id());
        String iban = config.iban() != null ? config.iban() : demo == null ? null : demo.iban();
        if (iban == null) {
            return;
        }
        if (!Iban.valid(iban)) {
            throw new IllegalStateException(Texts.text("member.seed.iban", "member", config.id()));
        }
        member.changeBankAccount(Iban.normalized(iban), config.iban() != null ? config.bic() : demo.bic(),
                config.iban() != null ? config.bankName() : demo.bankName());
    }

    @Transactional
    public List<Member> seed() {
        if (members.count() == 0) {
            for (MemberConfig config : properties.members()) {
                var member = new Member(config.id(), config.name(), config.kind(), config.population(),
                        config.email(), config.active());
                if (config.councilBody() != null) {
                    member.changeCouncilBody(config.councilBody());
                }
                seedBankAccount(member, config);
                members.save(member);
            }
            TransactionMemo.forget(MEMO);
            log.info("{} members seeded from alliance.members", properties.members().size());
        } else {
            var configured = new LinkedHashMap<String, MemberConfig>();
            properties.members().forEach(c -> configured.put(c.id(), c));
            for (Member member : members.findAll()) {
                var config = configured.get(member.getId());
                if (member.getCouncilBody() == null && member.getKind() != MemberKind.PARTNER) {
                    member.changeCouncilBody(config != null && config.councilBody() != null ? config.councilBody()
                            : Body.defaultCouncilName(member.getKind(), member.getName()));
                }
                // a database from before bank accounts: the configured account where none is on record
                if (member.bankDetails().iban() == null && config != null) {
                    seedBankAccount(member, config);
                }
            }
        }
        return findAll();
    }

    /** A town joins (its accession approved): a member from {@code day}. */
    @Transactional
    public Member join(NewMember candidate, LocalDate day) {
        candidate.validate(members::existsById);
        var member = new Member(candidate.id(), candidate.name(), candidate.kind(), candidate.population(),
                candidate.email(), true);
        if (candidate.councilBody() != null) {
            member.changeCouncilBody(candidate.councilBody());
        }
        member.joined(day);
        TransactionMemo.forget(MEMO);
        log.info("Member {} joined on {}", candidate.id(), day);
        return members.save(member);
    }

    /** Checks that {@code id} may leave: an active member other than the Kreis. */
    @Transactional(readOnly = true)
    public Member checkLeave(String id) {
        Member member = members.findById(id == null ? "" : id).orElseThrow(() -> ValidationProblem.of("memberId",
                Texts.text("member.unknown")));
        if (member.getKind() == MemberKind.KREIS) {
            throw ValidationProblem.of("memberId",
                    Texts.text("member.leave.coordinator", "member", member.nominative(true)));
        }
        if (member.getKind() == MemberKind.PARTNER) {
            throw ValidationProblem.of("memberId", Texts.text("member.leave.partner"));
        }
        if (!member.isActive()) {
            throw ValidationProblem.of("memberId", Texts.text("member.leave.already", "member",
                    member.nominative(true)));
        }
        return member;
    }

    /** A member leaves: no longer a member from {@code day}; its past participations stay. */
    @Transactional
    public Member leave(String id, LocalDate day) {
        Member member = checkLeave(id);
        member.left(day);
        log.info("Member {} left on {}", id, day);
        return member;
    }

    /** Edits a member's data; each given field is validated, nothing is stored if one is wrong. */
    @Transactional
    public Member update(String id, MemberChanges changes) {
        Member member = members.findById(id).orElseThrow(() -> new UnknownMemberException(id));
        changes.validate(member);
        if (changes.name() != null) {
            member.changeName(changes.name().strip());
        }
        if (changes.population() != null) {
            member.changePopulation(changes.population());
        }
        if (changes.email() != null) {
            member.changeEmail(changes.email().isBlank() ? null : changes.email().strip());
        }
        if (changes.councilBody() != null) {
            member.changeCouncilBody(changes.councilBody().isBlank() ? null : changes.councilBody().strip());
        }
        if (changes.iban() != null || changes.bic() != null || changes.bankName() != null) {
            member.changeBankAccount(changes.iban() == null ? member.bankDetails().iban() : Iban.normalized(changes.iban()),
                    changes.bic() == null ? member.bankDetails().bic() : blankToNull(changes.bic().strip().toUpperCase()),
                    changes.bankName() == null ? member.bankDetails().bankName() : blankToNull(changes.bankName().strip()));
        }
        if (changes.oparlBody() != null) {
            member.changeOparlBody(changes.oparlBody().isBlank() ? null : changes.oparlBody().strip());
        }
        if (changes.signOffRequired() != null) {
            member.requireSignOff(changes.signOffRequired());
        }
        if (changes.bodies() != null) {
            member.changeBodies(changes.bodyList());
        }
        return member;
    }

    /** No member has this id. */
    public static class UnknownMemberException extends RuntimeException {
        public UnknownMemberException(String id) {
            super(Texts.text("member.not-found"));
        }
    }
}
