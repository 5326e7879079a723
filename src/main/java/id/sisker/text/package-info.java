/**
 * Small text helpers shared by every stage: "did you mean" suggestions, Indonesian dates and
 * numbers in words, name normalising. Imports nothing but the JDK.
 */
package id.sisker.text;
