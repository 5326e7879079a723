/**
 * YAML formats declared as data (objects, fields, enumerations, documentation in both languages)
 * and the checker that holds a YAML tree to them: unknown keys with "did you mean", types, required
 * fields. The daerah format and the profile format live here; the JSON Schema and the field
 * reference in docs/format.md are generated from them. Imports yaml, source, finding, text, model
 * (for its enumerations) and jackson (schema output only).
 */
package id.sisker.format;
