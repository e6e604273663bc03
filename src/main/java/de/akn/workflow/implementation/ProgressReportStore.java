package de.akn.workflow.implementation;

import de.akn.workflow.implementation.internal.ProgressReport;
import de.akn.workflow.implementation.internal.ProgressReportRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The progress reports of a measure: numbered in order, each stored once. */
@Service
class ProgressReportStore {

    private final ProgressReportRepository reports;
    private final Clock clock;

    ProgressReportStore(ProgressReportRepository reports, Optional<Clock> clock) {
        this.reports = reports;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    List<ProgressReport> of(Long measureId) {
        return reports.findByMeasureIdOrderByReportNumberAscIdAsc(measureId);
    }

    @Transactional(readOnly = true)
    Optional<ProgressReport> latest(Long measureId) {
        return reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measureId);
    }

    /** The latest report of one reporting member (its own numbering when every signer reports, LOCAL). */
    @Transactional(readOnly = true)
    Optional<ProgressReport> latest(Long measureId, String member) {
        return reports.findFirstByMeasureIdAndMemberOrderByReportNumberDescIdDesc(measureId, member);
    }

    /** The number the member's next report of the measure gets (1 for the first). */
    @Transactional(readOnly = true)
    int nextNumber(Long measureId, String member) {
        return reports.countByMeasureIdAndMember(measureId, member) + 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProgressReport add(Long measureId, String member, String taskId, String actor, ProgressFigures figures) {
        return reports.save(new ProgressReport(measureId, member, nextNumber(measureId, member), taskId, actor,
                clock.instant(), figures));
    }
}
