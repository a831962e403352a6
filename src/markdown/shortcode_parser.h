#pragma once
// Finds shortcodes in a page's Markdown, as in Hugo: {{< name "positional" key="value" >}}.
// Shortcodes are found only where Markdown renders text: in a code span or block, raw
// HTML, an HTML comment, or a link's address or title they stay as written. A page that
// explains shortcodes writes one as text with `\{{< ... >}}` or Hugo's `{{</* ... */>}}`.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/located.h"

namespace cdp {

struct ShortcodeCall {
  std::string name;                                  // "metric"
  std::vector<Located<std::string>> positional;      // arguments without a name
  std::map<std::string, Located<std::string>> named; // key="value" arguments
  std::size_t offset = 0;                            // byte offset in the body
  std::size_t length = 0;                            // bytes from "{{<" to ">}}"
  SourcePos pos;                                     // position of "{{<" in the file
  bool literal = false;  // written \\{{< >}} or {{</* */>}}: output as text, exactly as `text`
  std::string text;      // a literal one as it is shown: "{{< metric \"x\" >}}", without \\ or /* */
};

// The shortcodes in `body`, which starts at `body_offset` of `file`, in order.
// Malformed ones are reported and left out; those Markdown does not render as text
// are neither found nor reported. One written as text (`\\{{< ... >}}`) is found as a
// literal call from its backslash on, so that it is shown exactly as written, never
// with the curly quotes and dashes of smart punctuation.
std::vector<ShortcodeCall> find_shortcodes(std::string_view body, const SourceFile& file,
                                           std::size_t body_offset, Diagnostics& diagnostics);

}  // namespace cdp
