package io.hubrota.solver.checker;

/** One broken hard rule: which rule, whose, in words, and its penalty in the hard score's units. */
public record Violation(String rule, String clinicianId, String description, long penalty) {
}
