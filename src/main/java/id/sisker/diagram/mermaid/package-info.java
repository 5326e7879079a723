/**
 * The Mermaid writer: a {@code Graph} as a Mermaid flowchart that GitHub and GitLab render in
 * Markdown, every label written with Mermaid entity codes. Imports the diagram model only.
 */
package id.sisker.diagram.mermaid;
