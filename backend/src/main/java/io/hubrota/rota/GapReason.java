package io.hubrota.rota;

/**
 * Why a requirement line is below its minimum, as something a hub manager can act on. When free clinicians are stopped
 * by different rules, the reason is the rule that stops the most of them (on a tie, the one listed first here).
 */
public enum GapReason {
    /** Nobody active has the role and skills within travel of the hub: recruit, or change the requirement. */
    NO_ELIGIBLE_CLINICIAN,
    /** The hub's rooms are all in use then: move a session or free a room. */
    ROOM_LIMIT,
    /** Everyone eligible is on leave or at their practice then. */
    ON_LEAVE_OR_COMMITTED,
    /** Everyone eligible and free already has another hub shift that day (at most one a day). */
    ALREADY_WORKING_THAT_DAY,
    /** Everyone eligible and free would go over their baseline hours that week. */
    ALL_AT_HOURS_CEILING,
    /** Everyone eligible and free would have less than the daily rest (11 hours) between working days. */
    DAILY_REST,
    /** Everyone eligible and free would have no 24-hour rest in some 7 days. */
    WEEKLY_REST,
    /** Everyone eligible and free would work more consecutive days than allowed. */
    CONSECUTIVE_DAYS,
    /** Everyone eligible and free would break some other hard rule (the explanation names it). */
    OTHER_HARD_RULE,
    /** Someone could fill it: run the solver or pick a suggestion. */
    UNFILLED
}
