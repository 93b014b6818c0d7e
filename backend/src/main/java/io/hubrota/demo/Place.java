package io.hubrota.demo;

/** A named location: a town that hosts a hub, or the site of a practice. */
record Place(String name, double latitude, double longitude) {
}
