package io.hubrota.edload;

/** The two CSV shapes an extract can come in, told apart by the first header column. */
public enum ImportFormat {
    /** {@code hour_start,arrivals[,gp_treatable]}: one row per hour. */
    HOURLY,
    /** {@code date,arrivals[,gp_treatable]}: one row per day, spread over its hours by the hour-of-day profile. */
    DAILY
}
