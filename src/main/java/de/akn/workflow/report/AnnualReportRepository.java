package de.akn.workflow.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByReportYear(int reportYear);
}
