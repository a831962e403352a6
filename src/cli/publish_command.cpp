#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/platform.h"
#include "core/terminal.h"
#include "load/publish_settings.h"
#include "publish/azure_target.h"
#include "publish/folder_target.h"
#include "publish/ftp_target.h"
#include "publish/publish.h"
#include "publish/s3_target.h"
#include "publish/sftp_target.h"
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
  std::string sftp;               // --sftp URL
  std::string ssh_key;            // --ssh-key FILE
  std::string known_hosts;        // --known-hosts FILE ("" for ~/.ssh/known_hosts)
  std::string azure;              // --azure URL
  std::string s3;                 // --s3 s3://bucket[/prefix]
  std::string region;             // --region
  std::string endpoint;           // --endpoint URL
  bool dry_run = false;
  bool quiet = false;
  bool allow_stale = false;
};

// From the environment variable `variable`, or asked for without echo on a terminal;
// never from the command line. nullopt when neither can be had.
std::optional<std::string> password_from(const char* variable, const std::string& prompt) {
  if (const char* password = std::getenv(variable)) return password;
  if (!is_terminal(stdin)) return std::nullopt;
  std::fputs((prompt + ": ").c_str(), stderr);
  set_input_echo(false);
  std::string password = read_typed_line();
  set_input_echo(true);
  std::fputs("\n", stderr);
  return password;
}

std::string ftp_password() {
  std::optional<std::string> password = password_from("CDPSITE_FTP_PASSWORD", "FTP password");
  if (!password) {
    throw PublishError("no FTP password: CDPSITE_FTP_PASSWORD is not set and there is no terminal to ask on",
                       "set CDPSITE_FTP_PASSWORD in the environment of the job that publishes");
  }
  return *password;
}

// A yes/no question on the terminal; null when there is none to ask on.
TrustNewHost terminal_question() {
  if (!is_terminal(stdin) || !is_terminal(stderr)) return nullptr;
  return [](const std::string& question) {
    write_text(stderr, question);
    std::string answer = read_typed_line();
    return answer == "yes" || answer == "y" || answer == "Yes" || answer == "YES";
  };
}

SftpLogin sftp_login(const PublishFlags& flags) {
  SftpLogin login;
  login.key_file = u8_path(flags.ssh_key);
  login.known_hosts = u8_path(flags.known_hosts);
  login.password = [] { return password_from("CDPSITE_SFTP_PASSWORD", "SFTP password"); };
  login.trust_new_host = terminal_question();
  return login;
}

// [publish] cache_control of the site's site.toml, "" when it sets none (or there is none).
std::string site_cache_control(const PublishFlags& flags) {
  std::filesystem::path file = u8_path(flags.source) / "site.toml";
  Diagnostics diagnostics;
  std::optional<PublishSettings> settings = load_publish_settings(file, u8_string(file), diagnostics);
  if (!settings) {
    write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
    throw PublishError(u8_string(file) + " has mistakes, so nothing was published",
                       "correct them (`cdpsite check` lists them all), then publish again");
  }
  return settings->cache_control.value;
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
  if (!flags.sftp.empty()) return open_sftp_target(parse_sftp_address(flags.sftp), sftp_login(flags));
  if (!flags.s3.empty()) {
    S3Address address = parse_s3_address(flags.s3);
    S3Options options{aws_credentials_from_environment(), flags.region, flags.endpoint, site_cache_control(flags)};
    return std::make_unique<S3Target>(address, options);
  }
  if (!flags.azure.empty()) {
    AzureAddress address = parse_azure_address(flags.azure);
    AzureCredential credential = azure_credential_from_environment(address.account);
    return std::make_unique<AzureTarget>(address, credential, site_cache_control(flags));
  }
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
  CLI::App* publish = app.add_subcommand("publish", "Send the built site to a folder, a zip, an FTP/FTPS or SFTP account, Azure Storage or S3");
  publish->add_option("-o,--output", flags->output, "The built site to publish")->capture_default_str();
  publish->add_option("-s,--source", flags->source, "Its sources: a build older than them is refused")
      ->capture_default_str();
  auto* to = publish->add_option("--to", flags->to, "A folder, such as a web server's document root");
  auto* zip = publish->add_option("--zip", flags->zip, "A zip file to hand to a CMS team");
  auto* ftp = publish->add_option("--ftp", flags->ftp,
                                  "ftp://user@host[:port]/path, or ftps://... for explicit TLS. The password "
                                  "comes from CDPSITE_FTP_PASSWORD, or is asked for");
  auto* sftp = publish->add_option("--sftp", flags->sftp,
                                   "sftp://user@host[:port]/path. The login is the key of --ssh-key, else the SSH "
                                   "agent's, else the password of CDPSITE_SFTP_PASSWORD or asked for");
  auto* azure = publish->add_option("--azure", flags->azure,
                                    "https://ACCOUNT.blob.core.windows.net/$web[/folder]. The credential comes from "
                                    "CDPSITE_AZURE_SAS or AZURE_STORAGE_CONNECTION_STRING");
  auto* s3 = publish->add_option("--s3", flags->s3,
                                 "s3://bucket[/folder]. The credentials come from AWS_ACCESS_KEY_ID, "
                                 "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN");
  std::vector<CLI::Option*> targets = {to, zip, ftp, sftp, azure, s3};
  for (std::size_t i = 0; i < targets.size(); ++i) {
    for (std::size_t j = i + 1; j < targets.size(); ++j) targets[i]->excludes(targets[j]);
  }
  publish->add_option("--region", flags->region, "The S3 bucket's region (default AWS_REGION, else us-east-1)");
  publish->add_option("--endpoint", flags->endpoint, "The address of an S3-compatible store other than Amazon's");
  publish->add_option("--ssh-key", flags->ssh_key, "A private key file to log in to the SFTP server with")
      ->check(CLI::ExistingFile);
  publish->add_option("--known-hosts", flags->known_hosts,
                      "The SSH servers trusted, by key (default ~/.ssh/known_hosts)");
  publish->add_option("--ftps-ca", flags->ca_file, "A CA certificate (PEM) to trust for the FTPS server")
      ->check(CLI::ExistingFile);
  publish->add_flag("--dry-run", flags->dry_run, "List what would be sent and deleted; change nothing");
  publish->add_flag("-q,--quiet", flags->quiet, "Print nothing but errors");
  publish->add_flag("--allow-stale", flags->allow_stale, "Publish even if the sources changed since the build");
  publish->footer("Only files whose content changed are sent. A manifest kept on the target records what it holds.");
  publish->callback([flags, &action] {
    if (flags->to.empty() && flags->zip.empty() && flags->ftp.empty() && flags->sftp.empty() && flags->azure.empty() &&
        flags->s3.empty()) {
      throw CLI::ValidationError("publish", "say where: --to DIR, --zip FILE, --ftp URL, --sftp URL, --azure URL or --s3 URL");
    }
    action = [flags] { return run_publish(*flags); };
  });
}

}  // namespace cdp
