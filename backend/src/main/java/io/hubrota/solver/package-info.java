/**
 * The solver core: plain Java on Timefold, no Spring and no JPA (checked by {@code SolverCoreArchitectureTests}).
 *
 * <ul>
 * <li>{@code problem}: the {@code problem.json} exchange format, its reader/writer, {@code rota.csv}, and the mapping
 * to and from the planning model.</li>
 * <li>{@code domain}: the clinician-day model. One {@code ClinicianDay} per clinician per date; its variable is a
 * {@code Post} (one requirement line of one shift) or none. All elapsed time is measured on Instants in the problem's
 * time zone, so clock-change days are 23 or 25 hours long.</li>
 * <li>{@code constraints}: {@code RotaConstraintProvider} (default weights are tabled there) and readable
 * justifications; {@code WorkPatternConstraints} adds nurse-rostering limits that only fire for problems carrying
 * {@code WorkPattern}, {@code ShiftRequest} or {@code CoverWeights} facts (hub rotas carry none).</li>
 * <li>{@code checker}: {@code RotaChecker}, an independent re-check of every hard rule, used on publish.</li>
 * <li>{@code heuristics}: move filters referenced from {@code solver/hub-rota-solver.xml}, and the block moves
 * (runs of consecutive days) of {@code solver/curtois-solver.xml}.</li>
 * <li>{@code benchmark.curtois}: the Curtois–Qu benchmark: parser, independent evaluator, and the importer onto this
 * model.</li>
 * </ul>
 *
 * <p>Definitions worth knowing. A shift belongs to the local date it starts on; so does a commitment. A working day
 * has a commitment or a hub shift. Rest between days runs from the latest end of one date's work to the earliest
 * start of the next date's. Weekly rest looks at every window of 7 consecutive dates inside the horizon. Weekly hours
 * are per ISO week (Monday to Sunday) touching the horizon. Unsocial time is weekends, bank holidays, and weekdays
 * before 08:00 or from 18:30. Only what lies in the horizon is known: rest before its first date or after its last,
 * and runs of working days that started earlier, are not checked.
 */
package io.hubrota.solver;
