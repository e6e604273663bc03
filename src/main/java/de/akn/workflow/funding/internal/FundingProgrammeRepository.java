package de.akn.workflow.funding.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingProgrammeRepository extends JpaRepository<FundingProgramme, String> {
}
