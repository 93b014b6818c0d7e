package io.hubrota.rota;

import io.hubrota.database.VersionedEntity;
import io.hubrota.hubs.Hub;
import io.hubrota.security.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The plan for a period (first to last date, inclusive) for a set of hubs. Its shifts and assignments are separate
 * entities, loaded by rota, so that opening a rota's header does not pull in hundreds of shifts.
 */
@Entity
@Table(name = "rotas")
public class Rota extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private LocalDate firstDate;

    @NotNull
    private LocalDate lastDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RotaStatus status = RotaStatus.DRAFT;

    /** The number of the last published version; 0 until first published. */
    private int publishedVersion;

    @ManyToMany
    @JoinTable(name = "rota_hubs", joinColumns = @JoinColumn(name = "rota_id"),
            inverseJoinColumns = @JoinColumn(name = "hub_id"))
    private Set<Hub> hubs = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @NotNull
    private Instant createdAt;

    protected Rota() {
    }

    public Rota(String name, LocalDate firstDate, LocalDate lastDate, Set<Hub> hubs, UserAccount createdBy,
            Instant createdAt) {
        this.name = name;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.hubs.addAll(hubs);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDate) && !date.isAfter(lastDate);
    }

    /** Records a publish and returns its version number; what it published is kept by the publishing feature. */
    public int markPublished() {
        if (status == RotaStatus.ARCHIVED) {
            throw new IllegalStateException("An archived rota cannot be published");
        }
        status = RotaStatus.PUBLISHED;
        return ++publishedVersion;
    }

    public void archive() {
        status = RotaStatus.ARCHIVED;
    }

    @AssertTrue(message = "last date must not be before first date")
    boolean isPeriodValid() {
        return firstDate == null || lastDate == null || !lastDate.isBefore(firstDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public RotaStatus getStatus() {
        return status;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public Set<Hub> getHubs() {
        return hubs;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
