#pragma once
// The editor page's script and style, built into the binary (a plain text box, the
// browser's own spell-checking and undo; see serve/editor_page.h).
namespace cdp {

const char* editor_script();
const char* editor_style();

}  // namespace cdp
