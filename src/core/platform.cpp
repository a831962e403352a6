#include "core/platform.h"

#include <Poco/Net/Net.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <thread>

#ifdef _WIN32
#include <conio.h>
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace cdp {

namespace fs = std::filesystem;

fs::path u8_path(std::string_view utf8) {
  return fs::path(std::u8string_view(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

std::string u8_string(const fs::path& path) {
  std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

std::string u8_generic(const fs::path& path) {
  std::u8string text = path.generic_u8string();
  return std::string(text.begin(), text.end());
}

namespace {

// Retries `step` while it fails with a busy error: 10 ms, 20 ms, ... about 5 s in all.
std::error_code retrying(const std::function<std::error_code()>& step) {
  std::error_code ec = step();
  for (int wait_ms = 10; ec && is_busy_error(ec) && wait_ms <= 2560; wait_ms *= 2) {
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    ec = step();
  }
  return ec;
}

// A line of standard input as it comes (a pipe, a file, a Linux terminal).
std::string read_line_of_bytes() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::string reason_for(const std::error_code& ec, const fs::path& path) {
  if (is_busy_error(ec)) {
    return u8_string(find_held_file(path).value_or(path)) + " is in use by another program (an editor, OneDrive or antivirus?): "
           "close it and try again";
  }
  return u8_string(path) + ": " + ec.message();
}

}  // namespace

std::error_code remove_all_retrying(const fs::path& path) {
  return retrying([&] {
    std::error_code ec;
    fs::remove_all(path, ec);
    return ec;
  });
}

fs::path previous_folder(const fs::path& output) {
  return output.parent_path() / (u8_path("." + u8_string(output.filename()) + ".previous"));
}

void recover_interrupted_swap(const fs::path& output) {
  std::error_code ec;
  fs::path previous = previous_folder(output);
  if (!fs::exists(previous, ec)) return;
  if (!fs::exists(output, ec)) {
    // Interrupted between moving the old output aside and moving the new one in.
    rename_retrying(previous, output);
  } else {
    // Interrupted while deleting the old output.
    remove_all_retrying(previous);
  }
}

namespace {

// The swap in three renames, for a system that cannot exchange two folders at once.
bool swap_by_moving_aside(const fs::path& fresh, const fs::path& output, std::string& error) {
  fs::path previous = previous_folder(output);
  recover_interrupted_swap(output);
  std::error_code ec;
  bool had_output = fs::exists(output, ec);
  if (had_output) {
    if ((ec = rename_retrying(output, previous))) {
      error = "cannot move the previous site aside: " + reason_for(ec, output);
      return false;
    }
  }
  if ((ec = rename_retrying(fresh, output))) {
    error = "cannot move the new site in: " + reason_for(ec, output);
    if (had_output) rename_retrying(previous, output);
    return false;
  }
  if (had_output) remove_all_retrying(previous);  // recover_interrupted_swap finishes it if need be
  return true;
}

}  // namespace

#ifdef _WIN32

namespace {

std::wstring widen(std::string_view utf8) {
  if (utf8.empty()) return {};
  int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring wide(static_cast<std::size_t>(length), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), length);
  return wide;
}

std::string narrow(std::wstring_view wide) {
  if (wide.empty()) return {};
  int length = WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0, nullptr, nullptr);
  std::string utf8(static_cast<std::size_t>(length), '\0');
  WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), utf8.data(), length, nullptr, nullptr);
  return utf8;
}

HANDLE handle_of(std::FILE* stream) {
  return reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
}

bool console_mode(std::FILE* stream, DWORD& mode) {
  HANDLE handle = handle_of(stream);
  return handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode) != 0;
}

HANDLE stop_event() {
  static HANDLE event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  return event;
}

BOOL WINAPI on_console_event(DWORD) {
  SetEvent(stop_event());
  return TRUE;
}

}  // namespace

std::vector<std::string> utf8_arguments(int argc, char** argv) {
  int count = 0;
  LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (!wide) return std::vector<std::string>(argv, argv + argc);
  std::vector<std::string> arguments;
  for (int i = 0; i < count; ++i) arguments.push_back(narrow(wide[i]));
  LocalFree(wide);
  return arguments;
}

void prepare_process() {
  // Bytes unchanged to a pipe or a file: no "\r" before each "\n", as on Linux.
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  SetConsoleOutputCP(CP_UTF8);
  Poco::Net::initializeNetwork();
}

bool is_terminal(std::FILE* stream) {
  DWORD mode = 0;
  return console_mode(stream, mode);
}

bool terminal_has_colour(std::FILE* stream) {
  DWORD mode = 0;
  if (!console_mode(stream, mode)) return false;
  if (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) return true;
  return SetConsoleMode(handle_of(stream), mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

void write_text(std::FILE* stream, std::string_view text) {
  DWORD mode = 0;
  if (!console_mode(stream, mode)) {
    std::fwrite(text.data(), 1, text.size(), stream);
    return;
  }
  std::fflush(stream);
  std::wstring wide = widen(text);
  DWORD written = 0;
  WriteConsoleW(handle_of(stream), wide.data(), static_cast<DWORD>(wide.size()), &written, nullptr);
}

int process_id() { return static_cast<int>(GetCurrentProcessId()); }

bool process_running(int pid) {
  HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
  if (!process) return GetLastError() == ERROR_ACCESS_DENIED;
  DWORD code = 0;
  bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
  CloseHandle(process);
  return running;
}

std::optional<fs::path> executable_path() {
  std::wstring buffer(32768, L'\0');
  DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
  if (length == 0 || length >= buffer.size()) return std::nullopt;
  buffer.resize(length);
  return fs::path(buffer);
}

bool is_busy_error(const std::error_code& ec) {
  if (ec.category() == std::system_category()) {
    return ec.value() == ERROR_SHARING_VIOLATION || ec.value() == ERROR_LOCK_VIOLATION ||
           ec.value() == ERROR_ACCESS_DENIED;
  }
  return ec == std::errc::permission_denied || ec == std::errc::device_or_resource_busy;
}

std::optional<fs::path> find_held_file(const fs::path& folder) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    // The access a move or delete needs, sharing everything: only a holder that shares
    // nothing (or not deletion) makes this fail with a sharing violation.
    HANDLE handle = CreateFileW(it->path().c_str(), DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle != INVALID_HANDLE_VALUE) {
      CloseHandle(handle);
    } else if (GetLastError() == ERROR_SHARING_VIOLATION) {
      return it->path();
    }
  }
  return std::nullopt;
}

std::error_code rename_retrying(const fs::path& from, const fs::path& to) {
  return retrying([&] {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING)) return std::error_code();
    return std::error_code(static_cast<int>(GetLastError()), std::system_category());
  });
}

bool swap_in_folder(const fs::path& fresh, const fs::path& output, std::string& error) {
  return swap_by_moving_aside(fresh, output, error);
}

bool open_in_browser(const std::string& url) {
  auto result = reinterpret_cast<INT_PTR>(
      ShellExecuteW(nullptr, L"open", widen(url).c_str(), nullptr, nullptr, SW_SHOWNORMAL));
  return result > 32;
}

std::string read_typed_line() {
  DWORD mode = 0;
  if (!console_mode(stdin, mode)) return read_line_of_bytes();
  std::wstring line;
  wchar_t buffer[256];
  DWORD read = 0;
  while (ReadConsoleW(handle_of(stdin), buffer, 256, &read, nullptr) && read > 0) {
    line.append(buffer, read);
    if (line.back() == L'\n') break;
  }
  while (!line.empty() && (line.back() == L'\n' || line.back() == L'\r')) line.pop_back();
  return narrow(line);
}

void set_input_echo(bool on) {
  DWORD mode = 0;
  if (!console_mode(stdin, mode)) return;
  SetConsoleMode(handle_of(stdin), on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)));
}

void block_stop_signals() { stop_event(); }

void wait_for_stop_request() {
  SetConsoleCtrlHandler(on_console_event, TRUE);
  WaitForSingleObject(stop_event(), INFINITE);
}

void wait_for_key_press() {
  DWORD mode = 0;
  if (!console_mode(stdin, mode)) return;
  std::fflush(stdout);
  _getch();
}

bool started_by_double_click() {
  if (const char* forced = std::getenv("CDPSITE_DOUBLE_CLICK"); forced && *forced) return std::string(forced) == "1";
  DWORD processes[2];
  return GetConsoleProcessList(processes, 2) == 1;
}

std::optional<std::size_t> path_length_limit() {
  DWORD enabled = 0;
  DWORD size = sizeof enabled;
  LSTATUS status = RegGetValueW(HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Control\\FileSystem",
                                L"LongPathsEnabled", RRF_RT_REG_DWORD, nullptr, &enabled, &size);
  if (status == ERROR_SUCCESS && enabled == 1) return std::nullopt;
  return MAX_PATH - 1;
}

#else  // Linux

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

#endif

}  // namespace cdp
