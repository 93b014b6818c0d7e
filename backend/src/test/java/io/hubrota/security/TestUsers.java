package io.hubrota.security;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.shared.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Creates logins with unique usernames in the shared test database (which is never assumed empty), for
 * full-context tests. Use {@link #principal} with spring-security-test's {@code user(...)} so that
 * {@link CurrentUser} finds the account.
 */
@TestComponent
public class TestUsers {

    /** The password of every test user, stored with the {noop} prefix so tests do not spend time on bcrypt. */
    public static final String PASSWORD = "test-password";

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    private final PracticeRepository practices;

    public TestUsers(UserAccountRepository users, ClinicianRepository clinicians, PracticeRepository practices) {
        this.users = users;
        this.clinicians = clinicians;
        this.practices = practices;
    }

    /** A new login with this role; a CLINICIAN also gets a clinician record linked to it. */
    public UserAccount create(UserRole role, Hub... managedHubs) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount("t-" + role.name().toLowerCase() + "-" + suffix, "{noop}" + PASSWORD,
                "Test " + role.name(), Set.of(role));
        account.getHubs().addAll(Set.of(managedHubs));
        account = users.save(account);
        if (role == UserRole.CLINICIAN) {
            linkClinician(account, suffix);
        }
        return account;
    }

    private void linkClinician(UserAccount account, String suffix) {
        Practice practice = practices.save(new Practice("TP" + suffix, "Test practice " + suffix, "Test locality",
                5_000, 55.1, -1.6));
        Clinician clinician = new Clinician("TC" + suffix, "Test clinician " + suffix, Role.GP, practice, 37 * 60,
                45);
        clinician.setUser(account);
        clinicians.save(clinician);
    }

    public static UserDetails principal(UserAccount account) {
        return User.withUsername(account.getUsername())
            .password(account.getPasswordHash())
            .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
            .build();
    }
}
