#pragma once
// A page's file as the editor shows it and as it is saved: the editor works on plain
// text with "\n" line ends (what a browser's text box gives back), and the file keeps
// the line ends ("\r\n" from Notepad) and byte-order mark it had. Saving compares the
// file's hash with the one the editor opened, so a change made meanwhile (Notepad,
// another tab) is never overwritten.
#include <filesystem>
#include <string>
#include <string_view>

namespace cdp {

// The file's text for the editor: without a byte-order mark, every line ending "\n".
std::string text_for_editing(std::string_view file);

// The bytes to save for `edited` (any line ends) over a file that held `original`:
// its byte-order mark and its line ends ("\r\n" when its first line ended so) kept.
std::string text_for_saving(std::string_view edited, std::string_view original);

// A hash of a file's bytes (SHA-256 in hexadecimal), to tell whether it changed.
std::string content_hash(std::string_view bytes);

// Writes `bytes` to `target` atomically: to a hidden file beside it (which the preview's
// watcher ignores), then renamed over it. False with `error` set on failure.
bool replace_file(const std::filesystem::path& target, std::string_view bytes, std::string& error);

}  // namespace cdp
