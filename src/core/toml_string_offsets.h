#pragma once
// Where each byte of a TOML string's value was written in its file, so that a problem
// found inside the value (the Markdown of a TOML text field) is reported at the line
// and column where the writer typed it. Handles the four kinds of TOML string: "basic"
// (with escapes), 'literal', and their """multi-line""" and '''multi-line''' forms (a
// newline straight after the opening quotes is not part of the value; a backslash at
// the end of a line joins it to the next).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cdp {

// For the string whose opening quote is at `quote` in `file_text` and whose value is
// `value`: the file offset of each byte of the value, then the offset of the closing
// quote. An escape's bytes (\n, \u00e9) all map to its backslash. nullopt when the text
// at `quote` does not read as `value` (so that a position is never invented).
std::optional<std::vector<std::size_t>> toml_string_offsets(std::string_view file_text, std::size_t quote,
                                                            std::string_view value);

}  // namespace cdp
