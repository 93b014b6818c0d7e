package io.hubrota.clinicians;

import io.hubrota.shared.Role;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.PageResponse;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinician directory and detail views, built inside one read transaction. */
@Service
@Transactional(readOnly = true)
public class ClinicianReadService {

    private final ClinicianRepository clinicians;
    private final PracticeCommitmentRepository commitments;
    private final UnavailabilityRepository unavailabilities;
    private final PreferenceRepository preferences;

    ClinicianReadService(ClinicianRepository clinicians, PracticeCommitmentRepository commitments,
            UnavailabilityRepository unavailabilities, PreferenceRepository preferences) {
        this.clinicians = clinicians;
        this.commitments = commitments;
        this.unavailabilities = unavailabilities;
        this.preferences = preferences;
    }

    /** Every filter is optional; {@code text} matches name or code, ignoring case. */
    public PageResponse<ClinicianSummaryResponse> search(Role role, Long practiceId, String text, int page,
            int size) {
        Specification<Clinician> filter = Specification.allOf(hasRole(role), atPractice(practiceId),
                nameOrCodeContains(text));
        PageRequest request = PageRequest.of(page, size, Sort.by("name", "code"));
        return PageResponse.of(clinicians.findAll(filter, request), ClinicianSummaryResponse::from);
    }

    public ClinicianResponse get(long clinicianId) {
        Clinician clinician = clinicians.findById(clinicianId)
                .orElseThrow(() -> new NotFoundException("No clinician with id " + clinicianId));
        return new ClinicianResponse(clinician.getId(), clinician.getVersion(), clinician.getCode(),
                clinician.getName(), clinician.getRole(), new TreeSet<>(clinician.getSkills()),
                PracticeRef.from(clinician.getPractice()), clinician.getBaselineWeeklyMinutes(),
                clinician.getMaxTravelMinutes(), clinician.isActive(),
                clinician.getUser() == null ? null : clinician.getUser().getId(), clinician.getEmail(),
                commitments.findByClinicianOrderByWeekdayAscStartAsc(clinician).stream()
                        .map(ClinicianResponse.Commitment::from).toList(),
                unavailabilities.findByClinicianOrderByStart(clinician).stream()
                        .map(ClinicianResponse.Leave::from).toList(),
                preferences.findByClinician(clinician).stream()
                        .map(ClinicianResponse.PreferenceLine::from).toList());
    }

    private static Specification<Clinician> hasRole(Role role) {
        return role == null ? null : (root, query, cb) -> cb.equal(root.get("role"), role);
    }

    private static Specification<Clinician> atPractice(Long practiceId) {
        return practiceId == null ? null : (root, query, cb) -> cb.equal(root.get("practice").get("id"), practiceId);
    }

    private static Specification<Clinician> nameOrCodeContains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                cb.like(cb.lower(root.get("code")), pattern, '\\'));
    }
}
