/**
 * One writer per output format behind one interface, and a factory whose error lists the valid
 * formats. Writers sort findings so output is byte-stable. Imports finding and source (and jackson
 * for JSON).
 */
package id.sisker.report;
