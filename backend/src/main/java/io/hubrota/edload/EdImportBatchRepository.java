package io.hubrota.edload;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EdImportBatchRepository extends JpaRepository<EdImportBatch, Long> {
}
