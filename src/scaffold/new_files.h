#pragma once
// What `cdpsite new` makes: a site, a partnership or a document, from cdpsite's
// templates (scaffold/ among its installed files) filled in by our Mustache engine,
// with comments that say what to fill in. Nothing is ever overwritten: when any file
// would be, nothing is written and a UserError says which.
#include <filesystem>
#include <string>
#include <vector>

namespace cdp {

// A new site in `folder`: site.toml and a home page, titled `title` (the placeholder
// that `check` reports when empty). Returns the files written, sorted.
std::vector<std::filesystem::path> new_site(const std::filesystem::path& folder, const std::string& title);

// A new partnership named `name` in the site at `source`: under partnerships/SLUG/, or
// at the top of the site when `top` (a site of one partnership, with no _index.md).
std::vector<std::filesystem::path> new_partnership(const std::filesystem::path& source, const std::string& name,
                                                   bool top);

// A new document of `kind` (cdpsite's kinds or the site's own from site.toml, spelt
// "board-report" or "board report") titled `title`, in `in` (default: the only
// partnership's folder, else the site folder) as SLUG.md.
std::vector<std::filesystem::path> new_document(const std::filesystem::path& source, const std::string& kind,
                                                const std::string& title, const std::filesystem::path& in);

// The folder a new document goes in without --in: the only partnership's folder when
// the site has one partnership, else the site folder.
std::filesystem::path default_document_folder(const std::filesystem::path& source);

// The file name (without .md) a document titled `title` gets: "Annual report 2025"
// -> "annual-report-2025", as an id is suggested everywhere (model/id.h).
std::string document_slug(const std::string& title);

}  // namespace cdp
