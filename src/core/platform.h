#pragma once
// What differs between Linux and Windows, behind one small interface, so that the rest
// of cdpsite has no #ifdef. Inside cdpsite every string is UTF-8; on Windows the
// boundary to the system is wide (UTF-16) and goes through these functions.
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace cdp {

// The path named by UTF-8 text. (On Windows fs::path(std::string) would read the bytes
// in the C locale, one wide character per byte.)
std::filesystem::path u8_path(std::string_view utf8);
// The path as UTF-8 with the platform's separators ('\' on Windows), as the user types it.
std::string u8_string(const std::filesystem::path& path);
// The path as UTF-8 with '/' separators (for addresses and keys).
std::string u8_generic(const std::filesystem::path& path);

// The command line as UTF-8 arguments (on Windows read with GetCommandLineW, whatever
// the code page).
std::vector<std::string> utf8_arguments(int argc, char** argv);

// Once at start-up: on Windows, UTF-8 console output and virtual-terminal processing
// (so that colour codes work in the console and Windows Terminal), and the network
// (static Poco does not start it by itself).
void prepare_process();

// Whether `stream` is a terminal (a console on Windows).
bool is_terminal(std::FILE* stream);
// Whether `stream` understands colour escape codes (a terminal; on Windows one with
// virtual-terminal processing on).
bool terminal_has_colour(std::FILE* stream);

// Writes UTF-8 `text` to `stream`: on a Windows console as wide characters
// (WriteConsoleW), so that £, accents and curly quotes show; elsewhere, and to pipes
// and files, the bytes unchanged.
void write_text(std::FILE* stream, std::string_view text);

// This process's id, and whether a process with that id is still running.
int process_id();
bool process_running(int pid);

// The running executable's path, when the system says.
std::optional<std::filesystem::path> executable_path();
// The folders near the running executable `binary` that may hold what cdpsite ships
// with, most likely first: an installation's BIN/../share/cdpsite, and before it on
// Windows the zip's share\cdpsite beside cdpsite.exe.
std::vector<std::filesystem::path> shared_folders_near(const std::filesystem::path& binary);

// Once, first thing in main(): on Linux, glibc's malloc keeps freed memory rather than
// returning it to the system at once (a build frees many small strings on every core).
void tune_memory_allocator();

// The calendar date and time of `time` in UTC.
std::tm utc_time(std::time_t time);

// How long a full path may be on this computer, in the system's own characters: Windows
// allows 259 (MAX_PATH less its ending) unless long paths are turned on for the computer
// (LongPathsEnabled, which a managed laptop may lack); nullopt where there is no limit.
std::optional<std::size_t> path_length_limit();

// Renames `from` to `to` (a file over a file; a folder to a free name), retrying with
// backoff for a few seconds while another program (an editor, OneDrive, antivirus)
// holds a file open. Returns the last error.
std::error_code rename_retrying(const std::filesystem::path& from, const std::filesystem::path& to);
// Removes a tree, retrying likewise.
std::error_code remove_all_retrying(const std::filesystem::path& path);
// Whether `ec` says a file is in use by another program (Windows sharing violations).
bool is_busy_error(const std::error_code& ec);
// The first file or folder under `folder` that another program holds open so that it
// cannot be moved or deleted (Windows: opened without sharing), to name in a message;
// nullopt when there is none (always on Linux). Windows does not say which file stops
// a folder from moving.
std::optional<std::filesystem::path> find_held_file(const std::filesystem::path& folder);

// The folder an interrupted swap leaves the previous output in: ".NAME.previous".
std::filesystem::path previous_folder(const std::filesystem::path& output);
// Puts folder `fresh` in place of folder `output` (which may not exist). Linux swaps
// the two at once (renameat2); Windows, which cannot rename a folder over another,
// moves the old one aside to previous_folder(output), the new one in, then deletes
// the old. False with `error` set (naming the folder or file in the way) on failure,
// the previous output then back in place.
bool swap_in_folder(const std::filesystem::path& fresh, const std::filesystem::path& output, std::string& error);
// Finishes a swap that was interrupted: when the previous output was moved aside and
// the new one never arrived, the previous one goes back; when both are there, the
// previous one is deleted. Called before every build.
void recover_interrupted_swap(const std::filesystem::path& output);

// One line typed on standard input, without its line end, as UTF-8 (on a Windows console
// read as wide characters, so that accents arrive whole). "" at the end of input.
std::string read_typed_line();

// Turns the echo of typed characters on or off on standard input (for a password).
void set_input_echo(bool on);

// Opens `url` in the user's browser; false when that failed.
bool open_in_browser(const std::string& url);

// Blocks Ctrl-C and termination in every thread started after this call, so that
// wait_for_stop_request() alone sees them.
void block_stop_signals();
// Waits for Ctrl-C, termination or (Windows) the console window closing.
void wait_for_stop_request();
// Waits for a key press (Windows console), so that a message in a window opened by
// double-clicking is not lost when the window closes. Returns at once elsewhere.
void wait_for_key_press();
// Whether this process is the only one attached to its console: it was started by
// double-clicking, not from a terminal (always false on Linux).
bool started_by_double_click();

}  // namespace cdp
