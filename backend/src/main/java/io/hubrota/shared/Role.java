package io.hubrota.shared;

/** Clinical roles that staff hub sessions (DESIGN §3). Plain Java: shared by the domain, the demo and the CLI. */
public enum Role {
    GP("GP"),
    ADVANCED_NURSE_PRACTITIONER("Advanced nurse practitioner"),
    PRACTICE_NURSE("Practice nurse"),
    CLINICAL_PHARMACIST("Clinical pharmacist"),
    PARAMEDIC("Paramedic"),
    PHYSICIAN_ASSOCIATE("Physician associate"),
    HEALTHCARE_ASSISTANT("Healthcare assistant"),
    MENTAL_HEALTH_PRACTITIONER("Mental health practitioner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
