package de.akn.workflow.production;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.production.internal.ContributionRepository;
import de.akn.workflow.production.internal.DraftApproval;
import de.akn.workflow.production.internal.DraftApprovalRepository;
import de.akn.workflow.production.internal.FileInfo;
import de.akn.workflow.production.internal.MeasureFile;
import de.akn.workflow.production.internal.MeasureFileRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production fields of the measure resource, for events and publications: {@code contributions}
 * (each signer's text, {@code null} until submitted, and files) and {@code draftApprovals} (each signer's
 * status on the current draft: OPEN, APPROVED or CHANGES_REQUESTED), and the current {@code draft}.
 */
@Component
class ProductionDossier implements MeasureDossierPart {

    private final ContributionRepository contributions;
    private final DraftApprovalRepository approvals;
    private final MeasureFileRepository files;

    ProductionDossier(ContributionRepository contributions, DraftApprovalRepository approvals,
            MeasureFileRepository files) {
        this.contributions = contributions;
        this.approvals = approvals;
        this.files = files;
    }

    record FileDto(Long id, String name, long size) {
        static FileDto of(FileInfo f) {
            return new FileDto(f.id(), f.name(), f.size());
        }
    }

    record ContributionDto(String member, String text, List<FileDto> files) {
    }

    record ApprovalDto(String member, DraftApproval.Status status, String comment) {
    }

    record DraftDto(int round, Long id, String name, long size) {
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> partsOf(Measure measure) {
        if (!MeasureFiles.isProduced(measure.getCategory())) {
            return Map.of();
        }
        Long id = measure.getId();
        var stored = files.infos(id);
        var texts = new LinkedHashMap<String, String>();
        contributions.findByMeasureIdOrderById(id).forEach(c -> texts.put(c.getMember(), c.getText()));
        var contributionList = measure.signers().stream().map(Participation::getMemberId)
                .map(member -> new ContributionDto(member, texts.get(member), stored.stream()
                        .filter(f -> f.kind() == MeasureFile.Kind.CONTRIBUTION && f.member().equals(member))
                        .map(FileDto::of).toList())).toList();
        int round = approvals.latestRound(id);
        var current = approvals.findByMeasureIdAndRoundOrderById(id, round);
        var parts = new LinkedHashMap<String, Object>();
        parts.put("contributions", contributionList);
        parts.put("draftApprovals", current.stream()
                .map(a -> new ApprovalDto(a.getMember(), a.getStatus(), a.getComment())).toList());
        if (!current.isEmpty()) {
            stored.stream().filter(f -> f.id().equals(current.get(0).getDraftFileId())).findFirst()
                    .ifPresent(f -> parts.put("draft", new DraftDto(round, f.id(), f.name(), f.size())));
        }
        return parts;
    }
}
