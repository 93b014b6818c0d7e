package io.hubrota.rota;

/** Why a requirement line is below its minimum, as something a hub manager can act on. */
public enum GapReason {
    /** Nobody active has the role and skills within travel of the hub: recruit, or change the requirement. */
    NO_ELIGIBLE_CLINICIAN,
    /** The hub's rooms are all in use then: move a session or free a room. */
    ROOM_LIMIT,
    /** Everyone eligible is on leave or at their practice then. */
    ON_LEAVE_OR_COMMITTED,
    /** Everyone eligible and free would go over their baseline hours that week. */
    ALL_AT_HOURS_CEILING,
    /** Everyone eligible, free and under their hours would lose their rest between working days. */
    REST_RULES,
    /** Someone could fill it: run the solver or pick a suggestion. */
    UNFILLED
}
