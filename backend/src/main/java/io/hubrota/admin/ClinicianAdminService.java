package io.hubrota.admin;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinician changes. This is where the hours guarantee starts: practice commitments alone must fit within the
 * baseline weekly hours, or no rota could ever keep the promise. Methods return ids; callers read the result after
 * commit, when the versions are final.
 */
@Service
@Transactional
class ClinicianAdminService {

    private final ClinicianRepository clinicians;
    private final PracticeCommitmentRepository commitments;
    private final PracticeRepository practices;
    private final EntityManager entityManager;

    ClinicianAdminService(ClinicianRepository clinicians, PracticeCommitmentRepository commitments,
            PracticeRepository practices, EntityManager entityManager) {
        this.clinicians = clinicians;
        this.commitments = commitments;
        this.practices = practices;
        this.entityManager = entityManager;
    }

    long create(CreateClinicianRequest request) {
        requireCodeFree(request.code(), null);
        Practice practice = practice(request.practiceId());
        requireCommitmentsFit(request.baselineWeeklyMinutes(), request.commitments());
        return create(request, practice).getId();
    }

    long update(long clinicianId, UpdateClinicianRequest request) {
        Clinician clinician = find(clinicianId);
        Versions.requireCurrent(clinician, request.version(), "Clinician " + clinician.getCode());
        requireCodeFree(request.code(), clinicianId);
        Practice practice = practice(request.practiceId());
        requireCommitmentsFit(request.baselineWeeklyMinutes(), request.commitments());
        overwrite(clinician, new CreateClinicianRequest(request.code(), request.name(), request.role(),
                request.skills(), request.practiceId(), request.baselineWeeklyMinutes(), request.maxTravelMinutes(),
                request.commitments(), request.email()), practice);
        clinician.setActive(request.active());
        return clinicianId;
    }

    /** A clinician who already has rota assignments is refused with 409; set them inactive instead. */
    void delete(long clinicianId, Integer versionRead) {
        Clinician clinician = find(clinicianId);
        if (versionRead != null) {
            Versions.requireCurrent(clinician, versionRead, "Clinician " + clinician.getCode());
        }
        clinicians.delete(clinician);
        clinicians.flush();
    }

    /** Stores a clinician whose request has been checked (by the API call or the import). */
    Clinician create(CreateClinicianRequest request, Practice practice) {
        Clinician clinician = new Clinician(request.code(), request.name(), request.role(), practice,
                request.baselineWeeklyMinutes(), request.maxTravelMinutes());
        clinician.getSkills().addAll(Skills.normalise(request.skills()));
        clinician.setEmail(request.email());
        clinicians.save(clinician);
        saveCommitments(clinician, request.commitments());
        return clinician;
    }

    /** Replaces a checked clinician's fields, skills and commitments, and bumps its version. */
    void overwrite(Clinician clinician, CreateClinicianRequest request, Practice practice) {
        clinician.setCode(request.code());
        clinician.setName(request.name());
        clinician.setRole(request.role());
        clinician.setPractice(practice);
        clinician.setBaselineWeeklyMinutes(request.baselineWeeklyMinutes());
        clinician.setMaxTravelMinutes(request.maxTravelMinutes());
        clinician.setEmail(request.email());
        clinician.getSkills().clear();
        clinician.getSkills().addAll(Skills.normalise(request.skills()));
        commitments.deleteAll(commitments.findByClinicianOrderByWeekdayAscStartAsc(clinician));
        saveCommitments(clinician, request.commitments());
        // Commitments are rows of their own, so changing only them would leave the clinician's version as it was;
        // the clinician's version covers them, so it must move (now, checking nobody moved it since we read it).
        entityManager.lock(clinician, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private void saveCommitments(Clinician clinician, List<CommitmentRequest> requested) {
        for (CommitmentRequest line : requested) {
            PracticeCommitment commitment = new PracticeCommitment(clinician, line.weekday(), line.start(),
                    line.end());
            commitment.setValidFrom(line.validFrom());
            commitment.setValidTo(line.validTo());
            commitments.save(commitment);
        }
    }

    private static void requireCommitmentsFit(int baselineWeeklyMinutes, List<CommitmentRequest> requested) {
        CommitmentHours.problem(baselineWeeklyMinutes, requested).ifPresent(problem -> {
            throw new UnprocessableException(problem);
        });
    }

    private Clinician find(long clinicianId) {
        return clinicians.findById(clinicianId)
                .orElseThrow(() -> new NotFoundException("No clinician with id " + clinicianId));
    }

    private Practice practice(long practiceId) {
        return practices.findById(practiceId)
                .orElseThrow(() -> new UnprocessableException("No practice with id " + practiceId));
    }

    private void requireCodeFree(String code, Long ownId) {
        clinicians.findByCode(code).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException("Clinician code " + code + " is already used by " + other.getName());
        });
    }
}
