package io.hubrota.security;

import io.hubrota.database.VersionedEntity;
import io.hubrota.hubs.Hub;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A login. Hub managers are scoped to the hubs they manage; clinicians link to their clinician record. */
@Entity
@Table(name = "users")
public class UserAccount extends VersionedEntity {

    @NotBlank
    @Size(max = 100)
    private String username;

    /** A Spring Security encoded password with its {@code {id}} prefix, never the password itself. */
    @NotBlank
    private String passwordHash;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    private boolean enabled = true;

    // Roles are needed on every authentication, and a user has at most four.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<UserRole> roles = EnumSet.noneOf(UserRole.class);

    @ManyToMany
    @JoinTable(name = "user_hubs", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "hub_id"))
    private Set<Hub> hubs = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Set<UserRole> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles.addAll(roles);
    }

    public boolean hasRole(UserRole role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<UserRole> getRoles() {
        return roles;
    }

    /** The hubs a hub manager manages; empty for other roles. */
    public Set<Hub> getHubs() {
        return hubs;
    }
}
