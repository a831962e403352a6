#pragma once
// What platform_posix.cpp and platform_windows.cpp share (platform.cpp defines it); the
// rest of cdpsite goes through core/platform.h.
#include <filesystem>
#include <functional>
#include <string>
#include <system_error>

namespace cdp {

// Retries `step` while it fails with a busy error: 10 ms, 20 ms, ... about 5 s in all.
std::error_code retrying(const std::function<std::error_code()>& step);

// A line of standard input as it comes (a pipe, a file, a Linux terminal).
std::string read_line_of_bytes();

// The swap in three renames, for a system that cannot exchange two folders at once.
bool swap_by_moving_aside(const std::filesystem::path& fresh, const std::filesystem::path& output,
                          std::string& error);

}  // namespace cdp
