package io.hubrota.solver.benchmark.curtois;

/**
 * Malformed instance or solution text. The message names the source and the 1-based line number so the user can go
 * straight to the offending line.
 */
public final class CurtoisFormatException extends RuntimeException {

    private final String sourceName;
    private final int lineNumber;

    public CurtoisFormatException(String sourceName, int lineNumber, String problem) {
        super(sourceName + " line " + lineNumber + ": " + problem);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
    }

    public String sourceName() {
        return sourceName;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
