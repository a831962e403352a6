#pragma once
// Small file helpers shared by the stages.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// The whole file, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

// Writes `content` to `path`, creating parent folders; false (with `error` set to a
// plain-English reason) on failure.
bool write_file(const std::filesystem::path& path, std::string_view content, std::string* error);

// How to show `path` to the user: relative to the current folder when inside it.
std::string display_path(const std::filesystem::path& path);

// Joins a display folder and a relative path with '/' ("content" + "a/b.md").
std::string join_display(const std::string& folder, const std::string& relative);

// The byte offset of the first invalid UTF-8 sequence in `text`, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Appends the UTF-8 bytes of the character `code` (from an escape such as &#163; or
// \u00A3); nothing for NUL, a surrogate or a number past U+10FFFF.
void append_utf8(std::string& out, unsigned long code);

// std::filesystem::path's order (name by name: "a/x" before "a-b/x"), without its
// splitting both paths into names at each comparison, which made sorting a large site's
// paths cost more than walking its folders.
bool path_less(const std::filesystem::path& a, const std::filesystem::path& b);

// A file name's extension as std::filesystem::path gives it: ".md" for "a.md", none for
// ".md" (a hidden file) or "README".
std::string_view extension_of(std::string_view name);

// Editor swap, backup and temp files (".swp", "~", vim's "4913" probe) and hidden
// files: never content, and never worth a rebuild when they change.
bool is_ignored_file(const std::string& name);

}  // namespace cdp
