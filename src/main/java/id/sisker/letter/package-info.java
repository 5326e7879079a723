/**
 * Letters drafted from a validated daerah: what each letter says ({@link id.sisker.letter.Surat}),
 * decided from the model and the profile by {@link id.sisker.letter.Penyusun}; renderers live in
 * sub-packages. Imports model, profile, text, finding and source.
 */
package id.sisker.letter;
