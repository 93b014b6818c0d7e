package io.hubrota.edload;

import io.hubrota.database.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The log of one CSV import: who loaded which file for which site, and how many hours it wrote and replaced. */
@Entity
@Table(name = "ed_import_batches")
public class EdImportBatch extends BaseEntity {

    @NotBlank
    private String siteCode;

    private String fileName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "file_format")
    private ImportFormat format;

    private String importedBy;

    @NotNull
    private Instant importedAt;

    private int rowsImported;

    private int rowsReplaced;

    @NotNull
    private Instant firstHour;

    @NotNull
    private Instant lastHour;

    protected EdImportBatch() {
    }

    public EdImportBatch(String siteCode, String fileName, ImportFormat format, String importedBy, Instant importedAt,
            Instant firstHour, Instant lastHour) {
        this.siteCode = siteCode;
        this.fileName = fileName;
        this.format = format;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.firstHour = firstHour;
        this.lastHour = lastHour;
    }

    public void recordCounts(int imported, int replaced) {
        this.rowsImported = imported;
        this.rowsReplaced = replaced;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getRowsImported() {
        return rowsImported;
    }

    public int getRowsReplaced() {
        return rowsReplaced;
    }

    public Instant getFirstHour() {
        return firstHour;
    }

    public Instant getLastHour() {
        return lastHour;
    }
}
