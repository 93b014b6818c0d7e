package io.hubrota.myshifts;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.security.UserAccountRepository;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The clinician behind the signed-in login: username, then user account, then the clinician linked to it. Every
 * /api/me call goes through here, so a clinician can only ever reach their own record; a login without a clinician
 * (an administrator, an operations lead) is refused with 403 rather than shown someone else's data.
 */
@Component
public class SignedInClinician {

    private final UserAccountRepository users;

    private final ClinicianRepository clinicians;

    SignedInClinician(UserAccountRepository users, ClinicianRepository clinicians) {
        this.users = users;
        this.clinicians = clinicians;
    }

    public Clinician require(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return users.findByUsername(principal.getName())
            .flatMap(clinicians::findByUser)
            .orElseThrow(() -> new AccessDeniedException("This login is not linked to a clinician"));
    }
}
