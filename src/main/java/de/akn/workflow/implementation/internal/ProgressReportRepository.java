package de.akn.workflow.implementation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByMeasureIdOrderByReportNumberAscIdAsc(Long measureId);

    Optional<ProgressReport> findFirstByMeasureIdOrderByReportNumberDescIdDesc(Long measureId);

    List<ProgressReport> findByMeasureIdInOrderByMeasureIdAscReportNumberAscIdAsc(Collection<Long> measureIds);

    int countByMeasureId(Long measureId);

    Optional<ProgressReport> findFirstByMeasureIdAndMemberOrderByReportNumberDescIdDesc(Long measureId, String member);

    int countByMeasureIdAndMember(Long measureId, String member);
}
