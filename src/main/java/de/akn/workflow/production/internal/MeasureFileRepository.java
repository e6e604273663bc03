package de.akn.workflow.production.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureFileRepository extends JpaRepository<MeasureFile, Long> {

    String INFO = "select new de.akn.workflow.production.internal.FileInfo(f.id, f.measureId, f.member, f.kind, "
            + "f.name, f.contentType, f.size, f.uploadedAt) from MeasureFile f ";

    @Query(INFO + "where f.measureId = ?1 order by f.id")
    List<FileInfo> infos(Long measureId);

    @Query(INFO + "where f.id = ?1")
    Optional<FileInfo> info(Long id);

    Optional<MeasureFile> findByIdAndMeasureId(Long id, Long measureId);
}
