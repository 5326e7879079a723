/**
 * Regulation profiles as bundled YAML (and a daerah's own profile file): which regulation governs,
 * its structure models and the lists of perangkat daerah it assigns them, resolved along the {@code
 * extends} chain. Imports format, yaml, finding, source, model.
 */
package id.sisker.profile;
