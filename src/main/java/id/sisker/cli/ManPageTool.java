package id.sisker.cli;

import java.io.IOException;

/** Build-time entry point (exec-maven-plugin): writes the manual pages under the folder given. */
public final class ManPageTool {

  private ManPageTool() {}

  public static void main(String[] args) throws IOException {
    ShellCommands.ManPage.main(args);
  }
}
