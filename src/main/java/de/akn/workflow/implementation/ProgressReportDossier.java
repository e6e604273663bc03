package de.akn.workflow.implementation;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The progress reports in the measure resource: {@code reports}, in order (empty before the first). */
@Component
class ProgressReportDossier implements MeasureDossierPart {

    private final ProgressReportStore reports;

    ProgressReportDossier(ProgressReportStore reports) {
        this.reports = reports;
    }

    @Override
    public Map<String, Object> partsOf(Measure measure) {
        return Map.of("reports", reports.of(measure.getId()).stream().map(ProgressReportView::of).toList());
    }
}
