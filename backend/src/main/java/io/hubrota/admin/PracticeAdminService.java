package io.hubrota.admin;

import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.practices.PracticeResponse;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practice changes: codes stay unique, versions are checked, and a practice with clinicians is not deleted. */
@Service
@Transactional
class PracticeAdminService {

    private final PracticeRepository practices;
    private final ClinicianRepository clinicians;

    PracticeAdminService(PracticeRepository practices, ClinicianRepository clinicians) {
        this.practices = practices;
        this.clinicians = clinicians;
    }

    PracticeResponse create(CreatePracticeRequest request) {
        requireCodeFree(request.code(), null);
        Practice practice = new Practice(request.code(), request.name(), request.locality(), request.listSize(),
                request.latitude(), request.longitude());
        return PracticeResponse.from(practices.saveAndFlush(practice));
    }

    PracticeResponse update(long practiceId, UpdatePracticeRequest request) {
        Practice practice = find(practiceId);
        Versions.requireCurrent(practice, request.version(), "Practice " + practice.getCode());
        requireCodeFree(request.code(), practiceId);
        practice.setCode(request.code());
        practice.setName(request.name());
        practice.setLocality(request.locality());
        practice.setListSize(request.listSize());
        practice.setLatitude(request.latitude());
        practice.setLongitude(request.longitude());
        return PracticeResponse.from(practices.saveAndFlush(practice));
    }

    void delete(long practiceId, Integer versionRead) {
        Practice practice = find(practiceId);
        if (versionRead != null) {
            Versions.requireCurrent(practice, versionRead, "Practice " + practice.getCode());
        }
        long members = clinicians.countByPractice(practice);
        if (members > 0) {
            throw new ConflictException("Practice " + practice.getCode() + " is the home practice of " + members
                    + " clinician(s); move them first.");
        }
        practices.delete(practice);
    }

    private Practice find(long practiceId) {
        return practices.findById(practiceId)
                .orElseThrow(() -> new NotFoundException("No practice with id " + practiceId));
    }

    private void requireCodeFree(String code, Long ownId) {
        practices.findByCode(code).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException("Practice code " + code + " is already used by " + other.getName());
        });
    }
}
