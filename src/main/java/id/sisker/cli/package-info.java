/**
 * The command line: picocli commands, exit codes and printing. The only importer of picocli;
 * imports app, report and finding.
 */
package id.sisker.cli;
