package io.hubrota.clinicians;

import io.hubrota.database.VersionedEntity;
import io.hubrota.practices.Practice;
import io.hubrota.security.UserAccount;
import io.hubrota.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/** Someone who can staff hub sessions, employed at a home practice. */
@Entity
@Table(name = "clinicians")
public class Clinician extends VersionedEntity {

    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @ElementCollection
    @CollectionTable(name = "clinician_skills", joinColumns = @JoinColumn(name = "clinician_id"))
    @Column(name = "skill")
    private Set<String> skills = new HashSet<>();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    /** What they worked before hubs existed: practice commitments plus hub shifts never exceed it in a week. */
    @Positive
    @Max(MINUTES_PER_WEEK)
    private int baselineWeeklyMinutes;

    @PositiveOrZero
    private int maxTravelMinutes;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    private boolean active = true;

    /** Where notifications are e-mailed (when a mail server is configured); null for none. */
    @Email
    @Size(max = 254)
    private String email;

    protected Clinician() {
    }

    public Clinician(String code, String name, Role role, Practice practice, int baselineWeeklyMinutes,
            int maxTravelMinutes) {
        this.code = code;
        this.name = name;
        this.role = role;
        this.practice = practice;
        this.baselineWeeklyMinutes = baselineWeeklyMinutes;
        this.maxTravelMinutes = maxTravelMinutes;
    }

    public boolean hasSkills(Set<String> required) {
        return skills.containsAll(required);
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public Practice getPractice() {
        return practice;
    }

    public void setPractice(Practice practice) {
        this.practice = practice;
    }

    public int getBaselineWeeklyMinutes() {
        return baselineWeeklyMinutes;
    }

    public void setBaselineWeeklyMinutes(int baselineWeeklyMinutes) {
        this.baselineWeeklyMinutes = baselineWeeklyMinutes;
    }

    public int getMaxTravelMinutes() {
        return maxTravelMinutes;
    }

    public void setMaxTravelMinutes(int maxTravelMinutes) {
        this.maxTravelMinutes = maxTravelMinutes;
    }

    public UserAccount getUser() {
        return user;
    }

    public void setUser(UserAccount user) {
        this.user = user;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getEmail() {
        return email;
    }

    /** Blank counts as none. */
    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }
}
