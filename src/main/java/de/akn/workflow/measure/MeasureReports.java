package de.akn.workflow.measure;

import de.akn.workflow.measure.internal.ProgressReportRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The progress reports of a measure: numbered in order, each stored once. */
@Service
public class MeasureReports {

    private final ProgressReportRepository reports;
    private final Clock clock;

    MeasureReports(ProgressReportRepository reports, Optional<Clock> clock) {
        this.reports = reports;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> of(Long measureId) {
        return reports.findByMeasureIdOrderByReportNumberAscIdAsc(measureId);
    }

    @Transactional(readOnly = true)
    public Optional<ProgressReport> latest(Long measureId) {
        return reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measureId);
    }

    /** The latest report of one reporting member (its own numbering when every signer reports, LOCAL). */
    @Transactional(readOnly = true)
    public Optional<ProgressReport> latest(Long measureId, String member) {
        return reports.findFirstByMeasureIdAndMemberOrderByReportNumberDescIdDesc(measureId, member);
    }

    /** The number the member's next report of the measure gets (1 for the first). */
    @Transactional(readOnly = true)
    public int nextNumber(Long measureId, String member) {
        return reports.countByMeasureIdAndMember(measureId, member) + 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ProgressReport add(Long measureId, String member, String taskId, String actor, ProgressFigures figures) {
        return reports.save(new ProgressReport(measureId, member, nextNumber(measureId, member), taskId, actor,
                clock.instant(), figures));
    }
}
