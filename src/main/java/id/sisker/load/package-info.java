/**
 * YAML tree to model: finds the root file and its includes, checks every file against the format
 * (unknown keys, types, required fields, with "did you mean"), resolves references and records the
 * span of every node path. Imports yaml, format, model, source, finding and text.
 */
package id.sisker.load;
