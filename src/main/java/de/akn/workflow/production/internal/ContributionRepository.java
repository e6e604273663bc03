package de.akn.workflow.production.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByMeasureIdOrderById(Long measureId);

    Optional<Contribution> findByMeasureIdAndMember(Long measureId, String member);
}
