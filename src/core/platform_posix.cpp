// Linux: POSIX calls, inotify aside (serve/watcher_posix.cpp). CMake builds this file
// everywhere but Windows.
#include "core/platform.h"

#include <Poco/Net/Net.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/platform_common.h"

namespace cdp {

namespace fs = std::filesystem;

std::vector<std::string> utf8_arguments(int argc, char** argv) { return std::vector<std::string>(argv, argv + argc); }

void prepare_process() { Poco::Net::initializeNetwork(); }

bool is_terminal(std::FILE* stream) { return isatty(fileno(stream)) != 0; }

bool terminal_has_colour(std::FILE* stream) { return is_terminal(stream); }

void write_text(std::FILE* stream, std::string_view text) { std::fwrite(text.data(), 1, text.size(), stream); }

int process_id() { return static_cast<int>(getpid()); }

bool process_running(int pid) { return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH); }

std::optional<fs::path> executable_path() {
  std::error_code ec;
  fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  return binary;
}

std::vector<fs::path> shared_folders_near(const fs::path& binary) {
  return {binary.parent_path().parent_path() / "share" / "cdpsite"};
}

void tune_memory_allocator() {
  // Keeping freed memory instead of returning it to the system at once (and serving
  // large blocks from the heap rather than fresh mappings) saves about a tenth of a
  // 10,000-page build's time, with the same peak memory (bench/README.md).
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

std::tm utc_time(std::time_t time) {
  std::tm parts{};
  gmtime_r(&time, &parts);
  return parts;
}

bool is_busy_error(const std::error_code&) { return false; }

std::optional<fs::path> find_held_file(const fs::path&) { return std::nullopt; }

std::error_code rename_retrying(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  return ec;
}

bool swap_in_folder(const fs::path& fresh, const fs::path& output, std::string& error) {
  recover_interrupted_swap(output);
  std::error_code ec;
  if (!fs::exists(output, ec)) {
    if ((ec = rename_retrying(fresh, output))) {
      error = "cannot create the output folder: " + ec.message();
      return false;
    }
    return true;
  }
  // Readers of the output folder see the old site or the new one, never neither.
  if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, output.c_str(), RENAME_EXCHANGE) == 0) {
    remove_all_retrying(fresh);  // now holds the previous site
    return true;
  }
  if (errno != EINVAL && errno != ENOSYS) {
    error = "cannot replace the output folder: " + std::string(std::strerror(errno));
    return false;
  }
  return swap_by_moving_aside(fresh, output, error);  // a file system without the exchange
}

bool open_in_browser(const std::string& url) {
  std::string command = "xdg-open '" + url + "' >/dev/null 2>&1 &";
  return std::system(command.c_str()) == 0;
}

std::string read_typed_line() { return read_line_of_bytes(); }

void set_input_echo(bool on) {
  termios mode{};
  if (tcgetattr(STDIN_FILENO, &mode) != 0) return;
  if (on) mode.c_lflag |= ECHO;
  else mode.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &mode);
}

namespace {
sigset_t stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}
}  // namespace

void block_stop_signals() {
  sigset_t signals = stop_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

void wait_for_stop_request() {
  sigset_t signals = stop_signals();
  int received = 0;
  sigwait(&signals, &received);
}

void wait_for_key_press() {}

bool started_by_double_click() { return false; }

std::optional<std::size_t> path_length_limit() { return std::nullopt; }

}  // namespace cdp
