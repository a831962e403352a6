#pragma once
// What is pasted into the preview's editor from Word, a web page or an email: the
// clipboard's HTML, read by the editor's script (the browser's DOMParser) into a small
// tree of blocks sent as JSON, written here as Markdown that builds and passes the
// authoring checks: headings start at ## (the page's title is its only level 1) and
// never skip a level, lists keep their nesting, tables their first row as headings,
// links their address (web, mail and relative addresses only), bold and italic text
// their marks; everything else is plain text, escaped so that it stays text.
//
// The tree:
//   {"blocks": [BLOCK...]}
//   BLOCK:  {"kind": "heading", "level": 1-6, "inlines": [INLINE...]}
//           {"kind": "paragraph", "inlines": [INLINE...]}
//           {"kind": "list", "ordered": true|false, "items": [[BLOCK...]...]}
//           {"kind": "table", "rows": [[[INLINE...]...]...]}
//           {"kind": "quote", "blocks": [BLOCK...]}
//   INLINE: {"text": "...", "bold": true|false, "italic": true|false, "link": "address"}
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// The Markdown for the block tree `json`, or nullopt when it is not such a tree (then
// the editor pastes the clipboard's plain text instead).
std::optional<std::string> markdown_from_pasted_blocks(std::string_view json);

}  // namespace cdp
