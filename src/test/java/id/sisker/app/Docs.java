package id.sisker.app;

import id.sisker.finding.Messages;
import id.sisker.format.DaerahFormat;
import id.sisker.format.EnumValue;
import id.sisker.format.FieldSpec;
import id.sisker.format.Format;
import id.sisker.format.ListSpec;
import id.sisker.format.ObjectRef;
import id.sisker.format.ObjectSpec;
import id.sisker.format.ProfileFormat;
import id.sisker.format.ScalarSpec;
import id.sisker.format.Type;
import id.sisker.report.OutputFormat;

/**
 * Generated reference documentation: the field references of docs/format.md and docs/profiles.md
 * and the whole of docs/rules.md. Tests fail when the committed files differ from what this
 * produces.
 */
public final class Docs {

  public static final String BEGIN = "<!-- BEGIN GENERATED: sisker format reference -->";
  public static final String END = "<!-- END GENERATED -->";

  /** Marks the generated key reference of docs/profiles.md. */
  public static final String PROFILE_BEGIN =
      "<!-- BEGIN GENERATED: sisker profile format reference -->";

  private Docs() {}

  /**
   * The field-by-field reference of the daerah format, in Bahasa Indonesia with English beside it.
   */
  public static String formatReference() {
    return reference(DaerahFormat.get(), BEGIN);
  }

  /**
   * The key-by-key reference of the regulation profile format (docs/profiles.md), generated from
   * {@link ProfileFormat} like the daerah reference, so it cannot go stale.
   */
  public static String profileReference() {
    return reference(ProfileFormat.get(), PROFILE_BEGIN);
  }

  private static String reference(Format f, String begin) {
    StringBuilder b = new StringBuilder();
    b.append(begin).append("\n\n");
    for (ObjectSpec o : f.objects()) {
      b.append("### `").append(o.name()).append("`\n\n");
      b.append(o.doc().id()).append("  \n*").append(o.doc().en()).append("*\n\n");
      b.append(
          "| Kunci / key | Wajib / required | Tipe / type | Keterangan / description | Contoh / example |\n");
      b.append("|---|---|---|---|---|\n");
      for (FieldSpec fs : o.fields()) {
        b.append("| `")
            .append(fs.key())
            .append("` | ")
            .append(fs.required() ? "ya" : "tidak")
            .append(" | ")
            .append(type(fs.type()))
            .append(" | ")
            .append(cell(fs.doc().id()))
            .append("<br>*")
            .append(cell(fs.doc().en()))
            .append("* | ")
            .append(fs.example() == null ? "" : "`" + cell(fs.example()) + "`")
            .append(" |\n");
      }
      b.append("\n");
    }
    b.append("### Nilai pilihan / enumerations\n\n");
    for (ScalarSpec e : f.enums()) {
      b.append("#### `").append(e.name()).append("`\n\n");
      b.append("| Nilai / value | Arti / meaning |\n|---|---|\n");
      for (EnumValue v : e.values()) {
        String meaning =
            v.doc().id().isEmpty() ? "" : cell(v.doc().id()) + "<br>*" + cell(v.doc().en()) + "*";
        b.append("| `").append(v.value()).append("` | ").append(meaning).append(" |\n");
      }
      b.append("\n");
    }
    b.append(END).append("\n");
    return b.toString();
  }

  private static String type(Type t) {
    if (t instanceof ObjectRef r) {
      return "objek [`" + r.name() + "`](#" + r.name().replace("_", "_") + ")";
    }
    if (t instanceof ListSpec l) {
      return "daftar " + type(l.item());
    }
    ScalarSpec s = (ScalarSpec) t;
    return switch (s.kind()) {
      case TEXT -> "teks";
      case ID -> "id";
      case REF -> "rujukan `id` / `pd/id`";
      case CODE -> "kode" + s.pattern().map(p -> " `" + cell(p) + "`").orElse("");
      case NIP -> "NIP (18 angka)";
      case PERSON -> "NIP atau id pihak luar";
      case INTEGER -> "bilangan bulat" + range(s);
      case BOOLEAN -> "`true`/`false`";
      case DATE -> "tanggal `TTTT-BB-HH`";
      case ENUM -> "pilihan [`" + s.name() + "`](#" + s.name() + ")";
    };
  }

  private static String range(ScalarSpec s) {
    if (s.min().isEmpty() && s.max().isEmpty()) {
      return "";
    }
    return " "
        + s.min().map(String::valueOf).orElse("")
        + "–"
        + s.max().map(String::valueOf).orElse("");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** The whole of docs/rules.md (see {@link RulesDoc}). */
  public static String rules() {
    return RulesDoc.render();
  }

  /** Marks the table of report formats in docs/ci.md. */
  public static final String FORMATS_BEGIN = "<!-- BEGIN GENERATED: sisker report formats -->";

  /**
   * The table of report formats in docs/ci.md, from {@link OutputFormat} (the registry {@code
   * --format} uses) and what each is for in both languages.
   */
  public static String reportFormats() {
    Messages id = Messages.forLanguage("id");
    Messages en = Messages.forLanguage("en");
    StringBuilder b = new StringBuilder(FORMATS_BEGIN).append("\n\n");
    b.append("| `--format` | Untuk / for |\n|---|---|\n");
    for (OutputFormat f : OutputFormat.values()) {
      b.append("| `")
          .append(f.id())
          .append("` | ")
          .append(id.text(f.purposeKey()))
          .append("<br>*")
          .append(en.text(f.purposeKey()))
          .append("* |\n");
    }
    return b.append('\n').append(END).append('\n').toString();
  }
}
