package de.akn.workflow.reporting.internal;

import de.akn.workflow.reporting.AnnualReport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByReportYear(int reportYear);
}
