package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member of the alliance (the Kreis, a town) or its strategic partner. Its name with articles and its Camunda
 * groups come from {@link MemberIdentity}.
 */
@Entity
@Table(name = "akn_member")
public class Member implements MemberIdentity {

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

    /** Who decides for the member on joint measures, e.g. "Rat der Stadt Kaarst" or the Kreistag. */
    @Column(name = "council_body")
    private String councilBody;

    /** URL of the member's OParl 1.1 {@code Body} in its council information system, if any. */
    @Column(name = "oparl_body")
    private String oparlBody;

    /** Whether a co-signing needs the member's Zeichnungsberechtigte (group {@code signoff-<id>}). */
    @Column(name = "sign_off_required", nullable = false)
    private boolean signOffRequired;

    /** Its council and committees, in the order of consultation (empty: only the council body). */
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "akn_member_body", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    private List<Body> bodies = new ArrayList<>();

    /** The account that receives the member's reimbursements (Kostenerstattungen). */
    @Embedded
    private BankDetails bankDetails;

    /** The day the member joined through the membership process; {@code null} for a founding member. */
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    /** The day the member left the alliance; {@code null} while it is a member. */
    @Column(name = "left_on")
    private LocalDate leftOn;

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
        this.name = name;
        this.kind = kind;
        this.population = population;
        this.email = email;
        this.active = active;
        this.councilBody = Body.defaultCouncilName(kind, name);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void changeName(String name) {
        this.name = name;
        touch();
    }

    void changePopulation(Integer population) {
        this.population = population;
        touch();
    }

    void changeEmail(String email) {
        this.email = email;
        touch();
    }

    void changeCouncilBody(String councilBody) {
        this.councilBody = councilBody;
        touch();
    }

    void changeBankAccount(String iban, String bic, String bankName) {
        this.bankDetails = new BankDetails(iban, bic, bankName);
        touch();
    }

    void changeOparlBody(String oparlBody) {
        this.oparlBody = oparlBody;
        touch();
    }

    /** Joined through the membership process: a member from that day. */
    void joined(LocalDate day) {
        this.joinedOn = day;
        this.leftOn = null;
        this.active = true;
        touch();
    }

    /** Left the alliance: no longer a member from that day; its history stays. */
    void left(LocalDate day) {
        this.leftOn = day;
        this.active = false;
        touch();
    }

    /** Whether the member belonged to the alliance at some time in {@code year}. */
    public boolean isMemberIn(int year) {
        boolean joinedBy = joinedOn == null || joinedOn.getYear() <= year;
        boolean notLeftBefore = leftOn == null ? active : leftOn.getYear() >= year;
        return joinedBy && notLeftBefore;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public static String groupIdOf(String memberId, MemberKind kind) {
        return (kind == MemberKind.PARTNER ? PARTNER_GROUP_PREFIX : MEMBER_GROUP_PREFIX) + memberId;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
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

    /** Who decides for the member; the default by kind where none is stored ("Rat der Stadt Kaarst", "Kreistag"). */
    public String getCouncilBody() {
        return councilBody != null && !councilBody.isBlank() ? councilBody : Body.defaultCouncilName(kind, name);
    }

    public boolean isSignOffRequired() {
        return signOffRequired;
    }

    void requireSignOff(boolean required) {
        this.signOffRequired = required;
    }

    /**
     * The member's bodies: those on record, else its council body alone ({@code rat}, or {@code kreistag} for
     * the Kreis).
     */
    public List<Body> getBodies() {
        if (!bodies.isEmpty()) {
            return List.copyOf(bodies);
        }
        return List.of(new Body(kind == MemberKind.KREIS ? "kreistag" : "rat", getCouncilBody(), Body.Kind.COUNCIL));
    }

    /** A body by its id. */
    public Optional<Body> body(String bodyId) {
        return getBodies().stream().filter(b -> b.getId().equals(bodyId)).findFirst();
    }

    /** The body that decides: the first council among the bodies. */
    public Body council() {
        return getBodies().stream().filter(b -> b.getKind() == Body.Kind.COUNCIL).findFirst()
                .orElse(getBodies().get(0));
    }

    void changeBodies(List<Body> bodies) {
        this.bodies.clear();
        this.bodies.addAll(bodies);
    }

    /** The account for reimbursements; {@link BankDetails#NONE} where none is on record. */
    public BankDetails bankDetails() {
        return bankDetails == null ? BankDetails.NONE : bankDetails;
    }

    public String getOparlBody() {
        return oparlBody;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
