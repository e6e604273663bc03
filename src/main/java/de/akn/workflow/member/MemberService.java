package de.akn.workflow.member;

import de.akn.workflow.member.internal.MemberRepository;
import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.AllianceProperties.MemberConfig;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the members and keeps {@code akn_member} in line with {@code alliance.members}. */
@Service
public class MemberService {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    private final MemberRepository members;
    private final AllianceProperties properties;

    MemberService(MemberRepository members, AllianceProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public List<Member> findAll() {
        return sorted(members.findAll());
    }

    private static List<Member> sorted(List<Member> list) {
        return list.stream().sorted(java.util.Comparator.comparing(Member::getKind)
                .thenComparing(Member::getName)).toList();
    }

    /** The alliance's active strategic partners (kind PARTNER), e.g. EnergieAgentur.NRW. */
    @Transactional(readOnly = true)
    public List<Member> partners() {
        return members.findAll().stream().filter(m -> m.getKind() == MemberKind.PARTNER && m.isActive())
                .sorted(java.util.Comparator.comparing(Member::getName)).toList();
    }

    /** The partners' names as people read them ("EnergieAgentur.NRW"), from the member data. */
    @Transactional(readOnly = true)
    public String partnerNames() {
        return String.join(", ", partners().stream().map(Member::getName).toList());
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(String id) {
        return id == null ? Optional.empty() : members.findById(id);
    }

    /**
     * Inserts new members and updates changed ones. Members no longer configured are
     * kept (their history refers to them) but marked inactive.
     */
    @Transactional
    public List<Member> synchronize() {
        var configured = properties.members();
        for (MemberConfig config : configured) {
            members.findById(config.id()).ifPresentOrElse(existing -> {
                if (existing.update(config.name(), config.kind(), config.population(), config.email(), config.active())) {
                    log.info("Member {} updated from configuration", config.id());
                }
            }, () -> {
                members.save(new Member(config.id(), config.name(), config.kind(), config.population(),
                        config.email(), config.active()));
                log.info("Member {} created from configuration", config.id());
            });
        }
        var configuredIds = configured.stream().map(MemberConfig::id).toList();
        for (Member existing : members.findAll()) {
            if (!configuredIds.contains(existing.getId()) && existing.isActive()) {
                existing.update(existing.getName(), existing.getKind(), existing.getPopulation(),
                        existing.getEmail(), false);
                log.warn("Member {} is no longer configured and was deactivated", existing.getId());
            }
        }
        return sorted(members.findAll());
    }
}
