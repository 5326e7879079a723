/**
 * Use cases that return values: validating daerah, emitting the JSON Schema. The CLI calls these
 * and only prints. Imports everything below it.
 */
package id.sisker.app;
