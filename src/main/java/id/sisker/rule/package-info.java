/**
 * The rule catalogue (id, severity, stage, titles in both languages, citations), the explicit
 * registry of checks and the engine that runs them over a loaded daerah under a profile. Imports
 * model, profile, finding, source.
 */
package id.sisker.rule;
