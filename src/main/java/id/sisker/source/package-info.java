/**
 * Where things are: source files, 1-based spans, stable node paths and the map between them.
 * Imports nothing but the JDK.
 */
package id.sisker.source;
