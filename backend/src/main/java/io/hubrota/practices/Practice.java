package io.hubrota.practices;

import io.hubrota.database.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A GP practice: home of clinicians and of the registered population that hubs serve. */
@Entity
@Table(name = "practices")
public class Practice extends VersionedEntity {

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    private String locality;

    @PositiveOrZero
    private int listSize;

    @DecimalMin("-90")
    @DecimalMax("90")
    private double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private double longitude;

    protected Practice() {
    }

    public Practice(String code, String name, String locality, int listSize, double latitude, double longitude) {
        this.code = code;
        this.name = name;
        this.locality = locality;
        this.listSize = listSize;
        this.latitude = latitude;
        this.longitude = longitude;
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

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public int getListSize() {
        return listSize;
    }

    public void setListSize(int listSize) {
        this.listSize = listSize;
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
}
