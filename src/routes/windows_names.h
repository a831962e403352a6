#pragma once
// The names Windows, and so IIS and most council web hosts, cannot hold: device names
// (CON, NUL, COM1, ...), names ending in a dot or a space, names with a character
// Windows forbids. A site built on Linux is often published to such a host, so these are
// errors everywhere. Windows also compares names without regard to letter case:
// fold_case gives the spelling it compares.
#include <string>
#include <string_view>

namespace cdp {

// What is wrong with one part of an output path, for the message, and how to fix it.
struct WindowsNameProblem {
  std::string what;  // "\"CON\" is a name Windows keeps for a device"; "" when the name is fine
  std::string fix;   // "choose another name: ..."
};

// The problem with `name` (one folder or file name, no '/') on Windows, if any.
WindowsNameProblem windows_name_problem(std::string_view name);

// `text` with each control character shown as "[U+0009]", for a message.
std::string printable_name(std::string_view text);

// `text` as Windows compares names: each character of the Basic Multilingual Plane in
// its simple upper case (windows_upper_case), so "Ωmega" and "ωmega" fold alike.
std::string fold_case(std::string_view text);
// The same, written over `folded` (whose memory is reused, for a name folded in a loop).
void fold_case(std::string_view text, std::string& folded);

}  // namespace cdp
