package id.sisker.letter;

import id.sisker.finding.Message;
import id.sisker.source.NodePath;

/**
 * Data a letter needs but the model lacks (a signer, a period): where it belongs and what to write
 * there. The use case turns it into a finding with file:line:column.
 */
public record Kekurangan(String sumber, NodePath path, Message pesan, Message saran) {}
