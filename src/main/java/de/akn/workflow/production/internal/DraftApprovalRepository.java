package de.akn.workflow.production.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftApprovalRepository extends JpaRepository<DraftApproval, Long> {

    @Query("select coalesce(max(a.round), 0) from DraftApproval a where a.measureId = ?1")
    int latestRound(Long measureId);

    List<DraftApproval> findByMeasureIdAndRoundOrderById(Long measureId, int round);

    Optional<DraftApproval> findByMeasureIdAndRoundAndMember(Long measureId, int round, String member);

    boolean existsByDraftFileId(Long draftFileId);
}
