/**
 * What sisker reports: rule ids, severities, citations, language-neutral messages and the immutable
 * finding. Imports {@code source} only.
 */
package id.sisker.finding;
