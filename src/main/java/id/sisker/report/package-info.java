/**
 * One writer per output format behind one interface, and a factory whose error lists the valid
 * formats. Writers sort findings so output is byte-stable. Also the text and JSON of the answers of
 * rules/explain/profiles ({@link id.sisker.report.Info}). Imports finding and source (and jackson).
 */
package id.sisker.report;
