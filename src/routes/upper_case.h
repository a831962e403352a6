#pragma once
// The upper case Windows compares file names in (NTFS, and so IIS): one character for
// one, from the simple mappings of the Unicode data, for the Basic Multilingual Plane.
// No "ß" to "SS", no Turkish dotless i: "ı" and "ſ" stay as they are.
namespace cdp {

// The character Windows compares `code` as; `code` itself when it has no upper case.
char32_t windows_upper_case(char32_t code);

}  // namespace cdp
