#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/platform.h"
#include "publish/folder_target.h"
#include "publish/ftp_target.h"
#include "publish/publish.h"
#include "publish/zip_output.h"

namespace cdp {

namespace {

struct PublishFlags {
  std::string output = "site";    // the built site
  std::string source = "content"; // its sources, to tell whether the build is current
  std::string to;                 // --to DIR
  std::string zip;                // --zip FILE
  std::string ftp;                // --ftp URL
  std::string ca_file;            // --ftps-ca FILE
  bool dry_run = false;
  bool quiet = false;
  bool allow_stale = false;
};

// From CDPSITE_FTP_PASSWORD, or asked for without echo; never from the command line.
std::string ftp_password() {
  if (const char* password = std::getenv("CDPSITE_FTP_PASSWORD")) return password;
  if (!is_terminal(stdin)) {
    throw PublishError("no FTP password: CDPSITE_FTP_PASSWORD is not set and there is no terminal to ask on",
                       "set CDPSITE_FTP_PASSWORD in the environment of the job that publishes");
  }
  std::fputs("FTP password: ", stderr);
  set_input_echo(false);
  std::string password;
  std::getline(std::cin, password);
  set_input_echo(true);
  std::fputs("\n", stderr);
  return password;
}

// "[##########----------] 12/24" on one line of a terminal.
void show_progress(std::size_t done, std::size_t total) {
  constexpr std::size_t kWidth = 30;
  std::size_t filled = total ? done * kWidth / total : kWidth;
  std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(), std::string(kWidth - filled, '-').c_str(),
               done, total);
  if (done == total) std::fputs("\n", stderr);
}

std::unique_ptr<PublishTarget> target_for(const PublishFlags& flags) {
  if (!flags.to.empty()) return std::make_unique<FolderTarget>(u8_path(flags.to));
  FtpAddress address = parse_ftp_address(flags.ftp);
  return std::make_unique<FtpTarget>(address, ftp_password(), flags.ca_file);
}

void print_summary(const PublishSummary& summary, const std::string& where, double seconds, bool dry_run) {
  if (dry_run) {
    for (const std::string& path : summary.to_send) write_text(stdout, "send    " + path + "\n");
    for (const std::string& path : summary.to_remove) write_text(stdout, "delete  " + path + "\n");
    std::printf("Dry run: %zu to send, %zu to delete, %zu unchanged on %s. Nothing was changed.\n",
                summary.to_send.size(), summary.to_remove.size(), summary.unchanged, where.c_str());
    return;
  }
  std::printf("Published to %s: %zu sent (%ju bytes), %zu deleted, %zu unchanged, in %.1f s\n", where.c_str(),
              summary.sent, summary.bytes, summary.removed, summary.unchanged, seconds);
}

int run_publish(const PublishFlags& flags) {
  auto started = std::chrono::steady_clock::now();
  check_build_is_current(u8_path(flags.output), u8_path(flags.source), flags.allow_stale);
  if (!flags.zip.empty()) {
    std::size_t files = flags.dry_run ? 0 : write_site_zip(u8_path(flags.output), u8_path(flags.zip));
    if (!flags.quiet) {
      write_text(stdout, std::string(flags.dry_run ? "Would zip " : "Zipped ") + std::to_string(files) + " files into " +
                             flags.zip + "\n");
    }
    return kExitOk;
  }
  std::unique_ptr<PublishTarget> target = target_for(flags);
  bool bar = !flags.quiet && !flags.dry_run && is_terminal(stderr);
  PublishSummary summary = publish_site(u8_path(flags.output), *target, flags.dry_run, [bar](std::size_t done, std::size_t total) {
    if (bar) show_progress(done, total);
  });
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!flags.quiet || flags.dry_run) print_summary(summary, target->describe(), seconds, flags.dry_run);
  return kExitOk;
}

}  // namespace

void add_publish_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<PublishFlags>();
  CLI::App* publish = app.add_subcommand("publish", "Send the built site to a folder, a zip, or an FTP/FTPS account");
  publish->add_option("-o,--output", flags->output, "The built site to publish")->capture_default_str();
  publish->add_option("-s,--source", flags->source, "Its sources: a build older than them is refused")
      ->capture_default_str();
  auto* to = publish->add_option("--to", flags->to, "A folder, such as a web server's document root");
  auto* zip = publish->add_option("--zip", flags->zip, "A zip file to hand to a CMS team");
  auto* ftp = publish->add_option("--ftp", flags->ftp,
                                  "ftp://user@host[:port]/path, or ftps://... for explicit TLS. The password "
                                  "comes from CDPSITE_FTP_PASSWORD, or is asked for");
  to->excludes(zip)->excludes(ftp);
  zip->excludes(ftp);
  publish->add_option("--ftps-ca", flags->ca_file, "A CA certificate (PEM) to trust for the FTPS server")
      ->check(CLI::ExistingFile);
  publish->add_flag("--dry-run", flags->dry_run, "List what would be sent and deleted; change nothing");
  publish->add_flag("-q,--quiet", flags->quiet, "Print nothing but errors");
  publish->add_flag("--allow-stale", flags->allow_stale, "Publish even if the sources changed since the build");
  publish->footer("Only files whose content changed are sent. A manifest kept on the target records what it holds.");
  publish->callback([flags, &action] {
    if (flags->to.empty() && flags->zip.empty() && flags->ftp.empty()) {
      throw CLI::ValidationError("publish", "say where: --to DIR, --zip FILE or --ftp URL");
    }
    action = [flags] { return run_publish(*flags); };
  });
}

}  // namespace cdp
