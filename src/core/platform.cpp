// What every platform does alike: UTF-8 paths, retries, and the swap of an output folder
// by moving aside. What differs is in platform_posix.cpp and platform_windows.cpp, the
// one CMake builds chosen by the platform.
#include "core/platform.h"

#include <chrono>
#include <iostream>
#include <thread>

#include "core/platform_common.h"

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

std::error_code retrying(const std::function<std::error_code()>& step) {
  std::error_code ec = step();
  for (int wait_ms = 10; ec && is_busy_error(ec) && wait_ms <= 2560; wait_ms *= 2) {
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    ec = step();
  }
  return ec;
}

std::string read_line_of_bytes() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

namespace {

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

}  // namespace cdp
