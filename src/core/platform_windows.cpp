// Windows: the wide (UTF-16) system calls, the console and the registry. CMake builds
// this file on Windows only.
#include "core/platform.h"

#include <Poco/Net/Net.h>
#include <conio.h>
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#include <windows.h>

#include <cstdlib>

#include "core/platform_common.h"

namespace cdp {

namespace fs = std::filesystem;

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

std::vector<fs::path> shared_folders_near(const fs::path& binary) {
  // The Windows zip: share\cdpsite beside cdpsite.exe.
  return {binary.parent_path() / "share" / "cdpsite", binary.parent_path().parent_path() / "share" / "cdpsite"};
}

void tune_memory_allocator() {}

std::tm utc_time(std::time_t time) {
  std::tm parts{};
  gmtime_s(&parts, &time);
  return parts;
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

}  // namespace cdp
