#pragma once
// Helpers for tests: temporary folders, small site fixtures, running the real binary.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace cdp::testing {

// A fresh folder under the system temp folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `content` at `relative` inside the folder, creating parent folders.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;  // the folder
};

// What a run of the cdpsite binary did.
struct RunResult {
  int exit_code = -1;   // the process's exit status
  std::string out;      // everything it printed on stdout
  std::string err;      // everything it printed on stderr
};

// Runs the built cdpsite binary with `args` in folder `cwd`, without a terminal (so
// output is plain), and waits for it.
RunResult run_cdpsite(const std::vector<std::string>& args, const std::filesystem::path& cwd);

// The cdpsite binary running in the background (for `serve`), its stdout readable
// line by line. Stopped with Ctrl-C (SIGINT) when the object goes away.
class RunningCdpsite {
 public:
  // Runs `program` (the cdpsite binary unless given: another server a test needs).
  RunningCdpsite(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                 const std::string& program = CDPSITE_BINARY);
  ~RunningCdpsite();
  RunningCdpsite(const RunningCdpsite&) = delete;
  RunningCdpsite& operator=(const RunningCdpsite&) = delete;
  // Reads stdout until a line contains `text` or `timeout_ms` passes; returns the line
  // ("" on timeout or exit).
  std::string wait_for_line(const std::string& text, int timeout_ms);
  // Sends SIGINT and returns the exit code.
  int stop();
  // Sends `signal` (e.g. SIGKILL) and waits; returns the exit code (128 + signal).
  int kill_with(int signal);

 private:
  int pid_ = -1;        // the process
  int out_fd_ = -1;     // read end of its stdout
  std::string buffer_;  // output read but not yet returned
};

// Every file under `root`, by '/'-separated relative path, with its contents.
std::map<std::string, std::string> snapshot(const std::filesystem::path& root);

// A path written with '/' ("content/site.toml") as cdpsite shows it on this platform,
// as the user types it: with '\' on Windows.
inline std::string shown_path(std::string path) {
#ifdef _WIN32
  for (char& c : path) {
    if (c == '/') c = '\\';
  }
#endif
  return path;
}

// The file's contents ("" when missing).
std::string slurp(const std::filesystem::path& path);

// A minimal valid site: site.toml with a title, and the files given (relative path ->
// contents) written over it.
void write_site(const TempDir& dir, const std::map<std::string, std::string>& files);

// The names of the folders in `root`, sorted: the cases of a whole-site corpus.
std::vector<std::string> case_folders(const std::filesystem::path& root);

// The small site the preview tests serve: a home page, news/first.md ("Original
// text.") and static/extra.css.
void write_preview_site(const TempDir& dir);

// The rows of a CSV file (RFC 4180 quoting), each a list of cells.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

}  // namespace cdp::testing
