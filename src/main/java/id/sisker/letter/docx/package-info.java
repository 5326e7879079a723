/**
 * DOCX letters from a Word template compiled once: runs merged so each placeholder sits in one run,
 * static XML kept as bytes, each letter written as a zip stream with fixed entry times. JDK only
 * (java.util.zip, javax.xml); imports letter and text.
 */
package id.sisker.letter.docx;
