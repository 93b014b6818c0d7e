package io.hubrota.hubs;

import io.hubrota.database.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A site where hub sessions run. */
@Entity
@Table(name = "hubs")
public class Hub extends VersionedEntity {

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    private String town;

    @DecimalMin("-90")
    @DecimalMax("90")
    private double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private double longitude;

    /** How many clinicians can work at once. */
    @Positive
    private int rooms;

    @PositiveOrZero
    private int populationServed;

    @Valid
    @ElementCollection
    @CollectionTable(name = "hub_opening_hours", joinColumns = @JoinColumn(name = "hub_id"))
    @OrderBy("weekday")
    private List<OpeningHours> openingHours = new ArrayList<>();

    protected Hub() {
    }

    public Hub(String code, String name, String town, double latitude, double longitude, int rooms,
            int populationServed) {
        this.code = code;
        this.name = name;
        this.town = town;
        this.latitude = latitude;
        this.longitude = longitude;
        this.rooms = rooms;
        this.populationServed = populationServed;
    }

    public Optional<OpeningHours> openingHoursOn(DayOfWeek day) {
        return openingHours.stream().filter(hours -> hours.weekday() == day).findFirst();
    }

    /** Sets (or replaces) the opening hours of one weekday. */
    public void setOpeningHours(OpeningHours hours) {
        openingHours.removeIf(existing -> existing.weekday() == hours.weekday());
        openingHours.add(hours);
    }

    public void closeOn(DayOfWeek day) {
        openingHours.removeIf(existing -> existing.weekday() == day);
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public double getLatitude() {
        return latitude;
    }

    public void setLatitude(double latitude) {
        this.latitude = latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public void setLongitude(double longitude) {
        this.longitude = longitude;
    }

    public int getRooms() {
        return rooms;
    }

    public void setRooms(int rooms) {
        this.rooms = rooms;
    }

    public int getPopulationServed() {
        return populationServed;
    }

    public void setPopulationServed(int populationServed) {
        this.populationServed = populationServed;
    }
}
