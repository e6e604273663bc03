package de.akn.workflow.measure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A joint measure of the alliance, from proposal to completion; what it plans is its {@link MeasurePlan}. */
@Entity
@Table(name = "akn_measure")
public class Measure extends MeasurePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Column(name = "lead_member", nullable = false, updatable = false)
    private String leadMember;

    @Column(nullable = false, updatable = false)
    private String proposer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status;

    @Embedded
    private SettledFigures settled;

    /** Released for the public site by the coordination (with a summary written for the public). */
    @Column(nullable = false)
    private boolean published;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Participation> participations = new ArrayList<>();

    protected Measure() {
    }

    Measure(String reference, Proposal proposal, String leadMember, String proposer, Instant now) {
        this.reference = reference;
        this.leadMember = leadMember;
        this.proposer = proposer;
        this.status = MeasureStatus.IN_REVIEW;
        this.createdAt = now;
        apply(proposal, now);
        participations.add(new Participation(this, leadMember, true));
        for (String member : proposal.invitedMembers()) {
            if (!member.equals(leadMember)) {
                participations.add(new Participation(this, member, false));
            }
        }
    }

    /** Takes over the (validated) proposal fields; invited members are fixed at proposal time. */
    void apply(Proposal proposal, Instant now) {
        plan(proposal, this);
        this.updatedAt = now;
    }

    void changeStatus(MeasureStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        if (status == MeasureStatus.ADOPTED) {
            this.adoptedAt = now;
        } else if (status == MeasureStatus.COMPLETED) {
            this.completedAt = now;
        }
    }

    /** The settlement is complete: the actual figures and the money saved, measured. */
    void settled(BigDecimal actualCostEur, BigDecimal fundingReceivedEur, BigDecimal netActualCostEur,
            BigDecimal moneySavedEur, Instant at) {
        this.settled = new SettledFigures(actualCostEur, fundingReceivedEur, netActualCostEur, moneySavedEur, at);
        this.updatedAt = at;
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Optional<Participation> participationOf(String memberId) {
        return participations.stream().filter(p -> p.getMemberId().equals(memberId)).findFirst();
    }

    /** The invited members besides the lead member. */
    public List<String> invitedMembers() {
        return participations.stream().filter(p -> !p.isLead()).map(Participation::getMemberId).toList();
    }

    /** Every member that decides on co-signing: the lead member first, then the invited ones. */
    public List<String> participantIds() {
        return participations.stream().sorted(Comparator.comparing(p -> !p.isLead()))
                .map(Participation::getMemberId).toList();
    }

    /** The lead member's participation (it decides on co-signing like every other member). */
    public Participation leadParticipation() {
        return participations.stream().filter(Participation::isLead).findFirst().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getLeadMember() {
        return leadMember;
    }

    public String getProposer() {
        return proposer;
    }

    /** The settlement's figures, or {@link SettledFigures#NONE} before it is complete. */
    private SettledFigures settlement() {
        return settled == null ? SettledFigures.NONE : settled;
    }

    public BigDecimal getActualCostEur() {
        return settlement().actualCostEur();
    }

    public BigDecimal getFundingReceivedEur() {
        return settlement().fundingReceivedEur();
    }

    /** Released for the public site, with the summary the public reads. */
    void publish(String publicSummary, Instant at) {
        this.published = true;
        this.publicSummary = publicSummary;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    public boolean isPublished() {
        return published;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The measured synergy in money, from the settlement (every view reads this one figure). */
    public BigDecimal getMoneySavedEur() {
        return settlement().moneySavedEur();
    }

    public BigDecimal getNetActualCostEur() {
        return settlement().netActualCostEur();
    }

    public Instant getSettledAt() {
        return settlement().settledAt();
    }

    /** Whether the settlement between the members is complete. */
    public boolean isSettled() {
        return getSettledAt() != null;
    }

    /** The members that report progress: the lead member (JOINT), or every signer (LOCAL). */
    public List<String> reporters() {
        return getImplementation() == Implementation.LOCAL
                ? signers().stream().map(Participation::getMemberId).toList() : List.of(leadMember);
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The signers: every member that co-signed, the lead member included once it has. */
    public List<Participation> signers() {
        return participations.stream().filter(Participation::isSigner).toList();
    }

    /** The participations, read-only: they change only through {@link MeasureService}. */
    public List<Participation> getParticipations() {
        return Collections.unmodifiableList(participations);
    }
}
