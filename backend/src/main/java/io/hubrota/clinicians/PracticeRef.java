package io.hubrota.clinicians;

import io.hubrota.practices.Practice;

/** The home practice as shown next to a clinician. */
public record PracticeRef(Long id, String code, String name) {

    static PracticeRef from(Practice practice) {
        return new PracticeRef(practice.getId(), practice.getCode(), practice.getName());
    }
}
