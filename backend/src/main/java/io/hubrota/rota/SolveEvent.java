package io.hubrota.rota;

/** Progress of a solve, as pushed to the browser: the best score so far, time spent, coverage, still running or not. */
public record SolveEvent(ScoreResponse bestScore, double secondsSpent, double coveragePercent, boolean solving) {
}
