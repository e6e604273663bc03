package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member of the alliance (the Kreis, a town) or its strategic partner. */
@Entity
@Table(name = "akn_member")
public class Member {

    /** Prefix of the Camunda group of a member's climate managers. */
    public static final String MEMBER_GROUP_PREFIX = "member-";
    /** Prefix of the Camunda group of a partner organisation. */
    public static final String PARTNER_GROUP_PREFIX = "partner-";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberKind kind;

    private Integer population;

    private String email;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(String id, String name, MemberKind kind, Integer population, String email, boolean active) {
        this.id = id;
        this.createdAt = Instant.now();
        update(name, kind, population, email, active);
    }

    /** Applies configuration values; returns whether anything changed. */
    boolean update(String name, MemberKind kind, Integer population, String email, boolean active) {
        boolean changed = !java.util.Objects.equals(this.name, name) || this.kind != kind
                || !java.util.Objects.equals(this.population, population)
                || !java.util.Objects.equals(this.email, email) || this.active != active;
        if (changed) {
            this.name = name;
            this.kind = kind;
            this.population = population;
            this.email = email;
            this.active = active;
            this.updatedAt = Instant.now();
        }
        return changed;
    }

    /** The Camunda group whose users act for this member. */
    public String groupId() {
        return groupIdOf(id, kind);
    }

    public static String groupIdOf(String memberId, MemberKind kind) {
        return (kind == MemberKind.PARTNER ? PARTNER_GROUP_PREFIX : MEMBER_GROUP_PREFIX) + memberId;
    }

    public boolean isMunicipality() {
        return kind.isMunicipality();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
