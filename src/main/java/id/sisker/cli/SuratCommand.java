package id.sisker.cli;

import id.sisker.app.OutputFolder;
import id.sisker.app.Penyuratan;
import id.sisker.app.SuratTemplat;
import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.report.Outputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sisker surat}: drafts surat perintah, permohonan, jawaban and keputusan. */
@Command(name = "surat", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class SuratCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DAERAH", descriptionKey = "daerah")
  Path input;

  @Option(names = "--semua", descriptionKey = "semua")
  boolean semua;

  @Option(names = "--id", paramLabel = "ID", split = ",", descriptionKey = "id")
  List<String> ids = new ArrayList<>();

  @Option(names = "--pd", paramLabel = "PD", split = ",", descriptionKey = "pd")
  List<String> pd = new ArrayList<>();

  @Option(names = "--dari", paramLabel = "YYYY-MM-DD", descriptionKey = "dari")
  String dari;

  @Option(names = "--sampai", paramLabel = "YYYY-MM-DD", descriptionKey = "sampai")
  String sampai;

  @Option(
      names = "--format",
      paramLabel = "docx|md|html",
      split = ",",
      defaultValue = "docx",
      descriptionKey = "format")
  List<String> formats;

  @Option(
      names = {"--out", "-o"},
      paramLabel = "FOLDER",
      defaultValue = "surat",
      descriptionKey = "out")
  Path out;

  @Mixin Options.Force force;

  @Option(names = "--coba", descriptionKey = "coba")
  boolean coba;

  @Option(names = "--izinkan-tidak-sah", descriptionKey = "izinkan-tidak-sah")
  boolean izinkan;

  @Option(names = "--templat", paramLabel = "BERKAS.docx", descriptionKey = "templat")
  Path templat;

  @Option(names = "--templat-contoh", paramLabel = "BERKAS.docx", descriptionKey = "templat-contoh")
  String templatContoh;

  @Option(names = "--pdf", descriptionKey = "pdf")
  boolean pdf;

  @Option(names = "--nomor-mulai", paramLabel = "N", descriptionKey = "nomor-mulai")
  Integer nomorMulai;

  @Option(names = "--lembar", paramLabel = "BERKAS.xlsx|csv", descriptionKey = "lembar")
  Path lembar;

  @Option(names = "--lembar-contoh", paramLabel = "BERKAS.xlsx", descriptionKey = "lembar-contoh")
  String lembarContoh;

  @Override
  public Integer call() throws IOException {
    Messages m = Messages.forLanguage(main.lang);
    if (templatContoh != null) {
      return writeSample(m, templatContoh, SuratTemplat.contoh());
    }
    if (lembarContoh != null) {
      return writeSample(m, lembarContoh, Penyuratan.lembarContoh());
    }
    if (input == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.format("surat.cli.tanpa-daerah"));
    }
    if (!semua
        && lembar == null
        && ids.isEmpty()
        && pd.isEmpty()
        && dari == null
        && sampai == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), m.format("surat.cli.pilih"));
    }
    Set<Penyuratan.Format> fmt = EnumSet.noneOf(Penyuratan.Format.class);
    for (String f : formats) {
      Optional<Penyuratan.Format> x =
          List.of(Penyuratan.Format.values()).stream()
              .filter(v -> v.ext().equals(f.strip().toLowerCase(Locale.ROOT)))
              .findFirst();
      if (x.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), m.format("cli.format-tidak-dikenal", f, "docx, md, html"));
      }
      fmt.add(x.get());
    }
    if (pdf) {
      fmt.add(Penyuratan.Format.DOCX);
    }
    Optional<LocalDate> from = date(dari, "--dari", m);
    Optional<LocalDate> to = date(sampai, "--sampai", m);
    SuratTemplat t =
        templat == null
            ? SuratTemplat.bawaan()
            : SuratTemplat.baca(main.env.workingDir().resolve(templat), templat.toString());
    if (!t.masalah().isEmpty()) {
      t.masalah().forEach(x -> main.env.err().println(m.format(x)));
      return ExitCodes.UNUSABLE;
    }
    Optional<Path> soffice = Optional.empty();
    if (pdf) {
      soffice = onPath("soffice");
      if (soffice.isEmpty()) {
        main.env.err().println(m.format("surat.pdf.tanpa-soffice"));
        return ExitCodes.UNUSABLE;
      }
    }
    OutputFolder folder = Folders.of(main.env, out, force.on);
    Penyuratan.Pilihan p =
        new Penyuratan.Pilihan(
            ids,
            pd,
            from,
            to,
            fmt,
            izinkan,
            coba,
            Optional.ofNullable(lembar).map(x -> main.env.workingDir().resolve(x)),
            Optional.ofNullable(nomorMulai));
    if (nomorMulai != null && nomorMulai < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.format("surat.cli.nomor-mulai", nomorMulai));
    }
    if (lembar != null && !Files.isRegularFile(p.lembar().get())) {
      main.env.err().println(m.format("surat.lembar.tidak-ada", lembar));
      return ExitCodes.UNUSABLE;
    }
    boolean terminal = main.env.terminal();
    Penyuratan.Hasil h =
        new Penyuratan(Validation.standard(Optional.empty(), main.env.workingDir()), t)
            .jalankan(
                main.env.workingDir().resolve(input),
                folder,
                p,
                n -> {
                  if (terminal && n % 50 == 0) {
                    main.env.err().print("\r" + m.format("surat.cli.kemajuan", n));
                    main.env.err().flush();
                  }
                });
    if (terminal) {
      main.env.err().print("\r");
    }
    if (h.takTerpakai()) {
      for (Finding f : h.validasi().findings()) {
        main.env.err().print(Outputs.text(f, m));
      }
      if (h.validasi().profile().isEmpty() && !h.validasi().unusable()) {
        main.env.err().println(m.format("surat.cli.tanpa-profil"));
      }
      return ExitCodes.UNUSABLE;
    }
    h.lembar().forEach(x -> main.env.err().println(m.format(x)));
    for (String u : h.idTakDikenal()) {
      main.env.err().println(m.format("surat.cli.id-tak-dikenal", u));
    }
    for (Finding f : h.temuan()) {
      main.env.err().print(Outputs.text(f, m));
    }
    if (!h.terhalang().isEmpty()) {
      for (String b : h.terhalang()) {
        main.env.err().println(m.format("cli.sudah-ada", folder.root().resolve(b)));
      }
      return ExitCodes.UNUSABLE;
    }
    for (Penyuratan.Baris b : h.manifest()) {
      main.env
          .out()
          .println(
              (coba ? m.format("surat.cli.akan-ditulis") + " " : "")
                  + out.resolve(b.berkas())
                  + "\t"
                  + b.jenis()
                  + "\t"
                  + b.penandatangan());
    }
    main.env.out().flush();
    if (pdf && !coba && soffice.isPresent()) {
      List<String> docx =
          h.manifest().stream()
              .map(Penyuratan.Baris::berkas)
              .filter(b -> b.endsWith(".docx"))
              .map(b -> folder.root().resolve(b).toString())
              .toList();
      if (!convert(soffice.get(), folder.root(), docx, m)) {
        return ExitCodes.UNUSABLE;
      }
    }
    main.env
        .err()
        .println(
            m.format(
                coba ? "surat.cli.ringkas-coba" : "surat.cli.ringkas",
                h.manifest().size(),
                h.ditahan(),
                folder.root()));
    if (!h.idTakDikenal().isEmpty()) {
      return ExitCodes.UNUSABLE;
    }
    return h.ditahan() > 0 || !h.lembar().isEmpty() || !h.temuan().isEmpty() && !izinkan
        ? ExitCodes.FINDINGS
        : ExitCodes.CLEAN;
  }

  private int writeSample(Messages m, String name, byte[] content) throws IOException {
    Path wanted = main.env.workingDir().resolve(name).normalize();
    OutputFolder folder =
        new OutputFolder(
            wanted.getParent() == null ? main.env.workingDir() : wanted.getParent(), force.on);
    Optional<Path> target = folder.resolve(wanted.getFileName().toString());
    if (target.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.format("cli.di-luar-folder", name, folder.root()));
    }
    if (folder.blocked(target.get())) {
      main.env.err().println(m.format("cli.sudah-ada", name));
      return ExitCodes.UNUSABLE;
    }
    folder.write(target.get(), content);
    main.env.err().println(m.format("cli.ditulis", name));
    return ExitCodes.CLEAN;
  }

  private Optional<LocalDate> date(String s, String option, Messages m) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.format("surat.cli.tanggal", option, s));
    }
  }

  private Optional<Path> onPath(String exe) {
    String path = main.env.variables().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, exe);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** LibreOffice converts the DOCX files; one call for all of them is much faster than one each. */
  private boolean convert(Path soffice, Path dir, List<String> docx, Messages m)
      throws IOException {
    if (docx.isEmpty()) {
      return true;
    }
    boolean blocked = false;
    for (String d : docx) {
      Path pdfFile = Path.of(d.substring(0, d.length() - ".docx".length()) + ".pdf");
      if (!force.on && Files.exists(pdfFile)) {
        main.env.err().println(m.format("cli.sudah-ada", pdfFile));
        blocked = true;
      }
    }
    if (blocked) {
      return false;
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                soffice.toString(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString()));
    cmd.addAll(docx);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process proc = pb.start();
      if (!proc.waitFor(10, TimeUnit.MINUTES) || proc.exitValue() != 0) {
        proc.destroy();
        main.env.err().println(m.format("surat.pdf.gagal"));
        return false;
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
