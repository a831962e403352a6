// Reading and writing whole files on Windows: binary always, and retrying while another
// program holds a file. CMake builds this file on Windows only.
#include "core/fs.h"

#include <windows.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>

namespace cdp {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return std::nullopt;
  text.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(text.data(), size);
  if (!in && !in.eof()) return std::nullopt;
  return text;
}

namespace {

std::string windows_reason(DWORD code) {
  switch (code) {
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
      return "the file is in use by another program (an editor, OneDrive or antivirus?): close it and try again";
    case ERROR_ACCESS_DENIED: return "permission denied";
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return "the disk is full";
    case ERROR_PATH_NOT_FOUND: return "the folder does not exist";
    case ERROR_FILENAME_EXCED_RANGE: return "the path is too long";
    default: return "Windows error " + std::to_string(code);
  }
}

// Opens for writing, retrying with backoff (about 5 s in all) while another program
// holds the file: editors, OneDrive and antivirus scanners open files briefly.
HANDLE create_for_writing(const fs::path& path) {
  HANDLE file = INVALID_HANDLE_VALUE;
  for (int wait_ms = 10;; wait_ms *= 2) {
    file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    DWORD code = GetLastError();
    if (file != INVALID_HANDLE_VALUE || wait_ms > 2560) break;
    if (code != ERROR_SHARING_VIOLATION && code != ERROR_LOCK_VIOLATION) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    SetLastError(code);
  }
  return file;
}

}  // namespace

// Binary, always: the Windows build writes the same bytes as the Linux one.
bool write_file(const fs::path& path, std::string_view content, std::string* error) {
  HANDLE file = create_for_writing(path);
  if (file == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PATH_NOT_FOUND) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    file = create_for_writing(path);
  }
  if (file == INVALID_HANDLE_VALUE) {
    if (error) *error = windows_reason(GetLastError());
    return false;
  }
  bool ok = true;
  while (ok && !content.empty()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1u << 30));
    DWORD written = 0;
    ok = WriteFile(file, content.data(), chunk, &written, nullptr) && written > 0;
    if (ok) content.remove_prefix(written);
  }
  DWORD code = GetLastError();
  if (!CloseHandle(file) && ok) {
    ok = false;
    code = GetLastError();
  }
  if (!ok && error) *error = windows_reason(code);
  return ok;
}

}  // namespace cdp
