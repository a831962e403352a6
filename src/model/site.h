#pragma once
// The generic content model: a site of sections and pages, as Hugo and Zola users know
// it. Folders are sections, `_index.md` is a section's own page, every other `.md` file
// is a page. Every value read from a file remembers where it was written.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/source_file.h"
#include "model/authoring_rules.h"
#include "model/date.h"
#include "model/document.h"
#include "model/located.h"
#include "model/rendered_body.h"

namespace cdp {

// site.toml
struct SiteConfig {
  std::string source_path;                // display path of site.toml ("" when absent)
  Located<std::string> title;             // site title, shown in every page header
  Located<std::string> description;       // one-sentence description for meta and home
  Located<std::string> base_url;          // public address, e.g. https://x.gov.uk/drugs/
  Located<std::string> language{"en-GB", {}}; // BCP 47 tag for <html lang>
  Located<std::string> theme{"default", {}};  // theme folder name under themes/
  Located<bool> raw_html;                 // [markdown] raw_html: pass raw HTML through
  Located<bool> smart_punctuation{true, {}};  // [markdown] smart_punctuation
  AuthoringSeverities checks;             // [checks]: authoring rules turned into warnings
  std::vector<SiteDocumentKind> document_kinds;  // [[document_kind]]: the site's own kinds of document
};

// Front matter of a Markdown file (TOML between +++ lines).
struct FrontMatter {
  Located<std::string> title;    // page title; from the file name when absent
  Located<Date> date;            // publication date
  Located<std::string> summary;  // one or two sentences for lists and meta description
  Located<int> weight;           // lower sorts first in section lists (then date, title)
  Located<bool> draft;           // left out of the build unless --drafts
  Located<std::string> slug;     // replaces the file name in the URL
  Located<bool> toc{true, {}};     // show a table of contents when the page has headings
  // Kind, period, meeting, ... when the page is a document. Held apart, and only when
  // the front matter gives one of them: most pages of a large site are not documents,
  // and these are 800 bytes.
  std::unique_ptr<DocumentMeta> document_meta;

  // The page's document details (all absent when it gives none).
  const DocumentMeta& document() const;
  // The same, to fill in: made when the page had none.
  DocumentMeta& fill_document();
};

// Where a page is published.
struct Route {
  std::string url;     // path from the site root, "" for home, "documents/report/" else
  std::string output;  // output file relative to the site root, "documents/report/index.html"
};

struct Page {
  SourceFilePtr source;          // the whole .md file
  std::string rel_path;          // path relative to the content root, "documents/report.md"
  std::string section;           // section path, "" for the root, "documents" else
  bool is_section_index = false; // this is a folder's _index.md
  FrontMatter meta;              // parsed front matter
  std::size_t body_offset = 0;   // byte offset where the Markdown body starts in source
  int body_first_line = 1;       // file line on which the body starts
  Route route;                   // planned by routes/route_table
  RenderedMarkdown rendered;     // filled by the render stage
  bool uses_data = false;        // its shortcodes show partnership data
  bool body_on_disk = false;     // source holds the front matter only; load_body reads the rest
};

struct Section {
  std::string path;                 // "" for the root, "documents", "documents/2024"
  Page* index = nullptr;            // its _index.md, if it has one
  std::vector<Page*> pages;         // its pages (not _index.md), sorted for listing
  std::vector<std::string> children;// paths of its direct subsections, sorted
  Route route;                      // where its list page is published
};

// A file copied verbatim (from the theme's static/ or the site's static/).
struct StaticFile {
  std::filesystem::path from;  // absolute source path
  std::string to;              // output path relative to the site root
};

struct Site {
  std::filesystem::path root;              // the content folder
  std::string display_root;                // how the content folder is shown, "content"
  SiteConfig config;
  std::vector<std::unique_ptr<Page>> pages;// every page that is built (drafts removed)
  std::set<std::string> draft_sources;     // the drafts left out, "news/soon.md", for link messages
  std::map<std::string, Section> sections; // by section path; "" is the home section
  std::vector<StaticFile> static_files;    // theme's first, then the site's (site wins)
  std::vector<std::string> data_files;     // .toml files other than site.toml, relative to root
  std::vector<std::filesystem::path> template_dirs;  // theme's templates, then the site's
};

// "annual-reports" -> "Annual reports": the title of a page or section from its file or
// folder name, when its front matter gives none.
std::string title_from_name(std::string name);

// The title of the section at `path`: its _index.md's, else made from its folder's name
// (the site's title for the home section).
std::string section_title(const Site& site, const std::string& path);

}  // namespace cdp
