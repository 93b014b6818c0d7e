package io.hubrota.admin;

/** What an import stored: rows with new codes were created, rows with known codes updated. */
record ImportResultResponse(int created, int updated) {
}
