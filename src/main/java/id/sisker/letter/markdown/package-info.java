/** Letters as Markdown, for review in a pull request or a wiki. Imports letter. */
package id.sisker.letter.markdown;
