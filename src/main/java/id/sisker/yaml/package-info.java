/**
 * The only importer of snakeyaml: reads one file safely (size, encoding, tags, aliases, depth,
 * duplicate keys) into a lean node tree whose every node knows its span. Imports {@code source} and
 * {@code finding}.
 */
package id.sisker.yaml;
