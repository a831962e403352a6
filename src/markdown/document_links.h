#pragma once
// A link to a document file (PDF, Word, a spreadsheet, slides) says what it is, as GOV.UK
// does: "Annual report (PDF, 2.1 MB)". cdpsite adds the type, and the size of a file
// in the site, after the link text, unless the text already names the type.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// What a reader is told about a link to `url` whose text is `link_text`: "PDF, 2.1 MB"
// with `bytes`, "PDF" without (a file outside the site); nullopt when `url` is not a
// document file (by its extension, ignoring case, a query and a fragment) or the text
// already says what it is ("Annual report (PDF)", "the data as a spreadsheet").
std::optional<std::string> document_label(std::string_view url, std::string_view link_text,
                                          std::optional<std::uintmax_t> bytes);

// Whether `url` is a link to a document file.
bool is_document_url(std::string_view url);

}  // namespace cdp
