package id.sisker.report;

import id.sisker.finding.Messages;
import java.io.IOException;
import java.io.Writer;

/** One output format. */
public interface Output {

  /** The name used with {@code --format}. */
  String name();

  void write(ReportData data, Messages messages, Writer out) throws IOException;
}
