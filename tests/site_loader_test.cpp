// load_site, load_page and their helpers on real temporary folders: which files become
// pages, sections and static files, drafts, the theme, and the errors for unreadable
// and invalid files.
#include "load/site_loader.h"

#include "core/platform.h"

#ifdef _WIN32
#include <windows.h>
#endif

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

struct Loaded {
  std::optional<Site> site;         // nullopt when there were errors
  std::vector<std::string> errors;  // "file:line:col: message | hint", temp folder left out
};

Loaded load(const TempDir& dir, bool drafts = false) {
  Diagnostics diagnostics;
  Loaded loaded;
  loaded.site = load_site({dir.path() / "content", drafts}, diagnostics);
  // The temporary folder as cdpsite shows it (with '\' on Windows), left out.
  std::string root = u8_string(fs::path(dir.path()).make_preferred());
  root += static_cast<char>(fs::path::preferred_separator);
  for (std::string error : testing::diagnostic_texts(diagnostics)) {
    if (error.starts_with(root)) error = error.substr(root.size());
    loaded.errors.push_back(error);
  }
  return loaded;
}

// content/site.toml with a title, and the files given (relative path -> contents).
void write_content(const TempDir& dir, const std::map<std::string, std::string>& files) {
  dir.write("content/site.toml", "title = \"T\"\n");
  for (const auto& [path, content] : files) dir.write(path, content);
}

std::vector<std::string> page_paths(const Site& site) {
  std::vector<std::string> paths;
  for (const auto& page : site.pages) paths.push_back(page->rel_path);
  return paths;
}

TEST(LoadSite, ReadsEveryMarkdownFileInPathOrder) {
  TempDir dir;
  write_content(dir, {{"content/b.md", "+++\ntitle = \"B\"\n+++\n"},
                            {"content/a.md", "+++\ntitle = \"A\"\n+++\n"},
                            {"content/news/_index.md", "+++\ntitle = \"News\"\n+++\n"},
                            {"content/news/first.md", "Just a body.\n"}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site) << loaded.errors.at(0);
  EXPECT_EQ(page_paths(*loaded.site),
            (std::vector<std::string>{"a.md", "b.md", "news/_index.md", "news/first.md"}));
  const Page& first = *loaded.site->pages[3];
  EXPECT_EQ(first.section, "news");
  EXPECT_FALSE(first.is_section_index);
  EXPECT_EQ(first.meta.title.value, "First") << "a page without a title is named after its file";
  EXPECT_TRUE(loaded.site->pages[2]->is_section_index);
}

TEST(LoadSite, SectionsListTheirPagesByWeightThenNewestFirst) {
  TempDir dir;
  write_content(dir, {{"content/news/old.md", "+++\ndate = 2023-01-01\n+++\n"},
                            {"content/news/new.md", "+++\ndate = 2024-01-01\n+++\n"},
                            {"content/news/pinned.md", "+++\nweight = -1\n+++\n"},
                            {"content/news/2024/a.md", ""},
                            {"content/news/_index.md", ""}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site);
  const Section& news = loaded.site->sections.at("news");
  ASSERT_EQ(news.pages.size(), 3u);
  EXPECT_EQ(news.pages[0]->rel_path, "news/pinned.md");
  EXPECT_EQ(news.pages[1]->rel_path, "news/new.md");
  EXPECT_EQ(news.pages[2]->rel_path, "news/old.md");
  ASSERT_NE(news.index, nullptr);
  EXPECT_EQ(news.index->rel_path, "news/_index.md");
  EXPECT_EQ(news.children, std::vector<std::string>{"news/2024"});
  EXPECT_EQ(loaded.site->sections.at("").children, std::vector<std::string>{"news"});
}

TEST(LoadSite, DraftsAreLeftOutUnlessAskedFor) {
  TempDir dir;
  write_content(dir, {{"content/wip.md", "+++\ntitle = \"Work in progress\"\ndraft = true\n+++\n"},
                            {"content/done.md", "+++\ntitle = \"Done\"\n+++\n"}});
  EXPECT_EQ(page_paths(*load(dir).site), std::vector<std::string>{"done.md"});
  EXPECT_EQ(page_paths(*load(dir, true).site), (std::vector<std::string>{"done.md", "wip.md"}));
}

TEST(LoadSite, HiddenAndEditorTempFilesAreSkipped) {
  TempDir dir;
  write_content(dir, {{"content/about.md", "+++\ntitle = \"About\"\n+++\n"},
                            {"content/.about.md.swp", "binary junk \xff"},
                            {"content/about.md~", "+++\nbroken"},
                            {"content/#about.md#", "+++\nbroken"},
                            {"content/.git/HEAD", "ref"},
                            {"content/news/.hidden/page.md", "+++\nbroken"}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site) << loaded.errors.at(0);
  EXPECT_EQ(page_paths(*loaded.site), std::vector<std::string>{"about.md"});
  for (const StaticFile& file : loaded.site->static_files) {
    EXPECT_EQ(file.to.find(".git"), std::string::npos) << file.to;
  }
}

TEST(LoadSite, FilesBesidePagesAreCopiedAndTomlFilesAreData) {
  TempDir dir;
  write_content(dir, {{"content/docs/report.md", ""},
                            {"content/docs/chart.png", "png"},
                            {"content/ws/partnership.toml", "name = \"WS\"\n"}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site);
  EXPECT_EQ(loaded.site->data_files, std::vector<std::string>{"ws/partnership.toml"});
  const std::vector<StaticFile>& files = loaded.site->static_files;
  EXPECT_NE(std::find_if(files.begin(), files.end(), [](const StaticFile& f) { return f.to == "docs/chart.png"; }),
            files.end());
}

TEST(LoadSite, SiteStaticFileReplacesTheThemes) {
  TempDir dir;
  write_content(dir, {{"content/static/css/site.css", "body { color: black }"}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site);
  int copies = 0;
  for (const StaticFile& file : loaded.site->static_files) {
    if (file.to != "css/site.css") continue;
    ++copies;
    EXPECT_EQ(file.from, dir.path() / "content/static/css/site.css");
  }
  EXPECT_EQ(copies, 1);
  EXPECT_EQ(loaded.site->template_dirs.back(), dir.path() / "content/templates");
}

TEST(LoadSite, ReservedFoldersAtTheTopAreNotSections) {
  TempDir dir;
  write_content(dir, {{"content/templates/page.md", "+++\nbroken"}, {"content/themes/x/a.md", "+++\nbroken"}});
  Loaded loaded = load(dir);
  ASSERT_TRUE(loaded.site) << loaded.errors.at(0);
  EXPECT_TRUE(loaded.site->pages.empty());
}

TEST(LoadSite, MissingContentFolder) {
  TempDir dir;
  Loaded loaded = load(dir);
  EXPECT_FALSE(loaded.site);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{"content:0:0: the content folder does not exist | run cdpsite in "
                                                    "your site's folder, or give it with --source DIR"});
}

TEST(LoadSite, MissingThemeIsReportedAtTheSetting) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\ntheme = \"council-brand\"\n");
  Loaded loaded = load(dir);
  EXPECT_FALSE(loaded.site);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{testing::shown_path("content/site.toml") +
                                                    ":2:9: cannot find the theme \"council-brand\" | put it in " +
                                                    testing::shown_path("themes/council-brand/") +
                                                    " inside the site folder, or use theme = \"default\""});
}

TEST(LoadSite, EveryBrokenPageIsReported) {
  TempDir dir;
  write_content(dir, {{"content/a.md", "+++\ntitel = \"A\"\n+++\n"}, {"content/b.md", "+++\ndraft = \"yes\"\n+++\n"}});
  Loaded loaded = load(dir);
  EXPECT_FALSE(loaded.site);
  EXPECT_EQ(loaded.errors.size(), 2u);
}

TEST(LoadPage, InvalidUtf8IsReportedAtTheFirstBadByte) {
  TempDir dir;
  write_content(dir, {{"content/a.md", "+++\ntitle = \"A\"\n+++\nab\xff"}});
  Site site;
  site.root = dir.path() / "content";
  site.display_root = "content";
  Diagnostics diagnostics;
  EXPECT_EQ(load_page(site, "a.md", diagnostics), nullptr);
  EXPECT_EQ(testing::diagnostic_texts(diagnostics),
            std::vector<std::string>{testing::shown_path("content/a.md") +
                                     ":4:3: this file is not valid UTF-8 text | save the file as UTF-8 in your editor "
                                     "(or check it is not a binary file named .md)"});
}

TEST(LoadPage, UnreadableFile) {
  TempDir dir;
#ifdef _WIN32
  // Windows: another program (Word, a sync client) holds the file open, sharing it with no one.
  fs::path file = dir.write("content/a.md", "+++\ntitle = \"A\"\n+++\n");
  HANDLE held = CreateFileW(file.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  ASSERT_NE(held, INVALID_HANDLE_VALUE);
#else
  fs::create_directories(dir.path() / "content");
  fs::create_symlink("no-such-target.md", dir.path() / "content/a.md");
#endif
  Site site;
  site.root = dir.path() / "content";
  site.display_root = "content";
  Diagnostics diagnostics;
  EXPECT_EQ(load_page(site, "a.md", diagnostics), nullptr);
  EXPECT_EQ(testing::diagnostic_texts(diagnostics),
            std::vector<std::string>{testing::shown_path("content/a.md") +
                                     ":0:0: cannot read this file | check that you have permission to read it"});
#ifdef _WIN32
  CloseHandle(held);
#endif
}

TEST(LoadPage, BodyStartsAfterTheFrontMatter) {
  TempDir dir;
  write_content(dir, {{"content/docs/a.md", "+++\ntitle = \"A\"\n+++\nBody\n"}});
  Site site;
  site.root = dir.path() / "content";
  site.display_root = "content";
  Diagnostics diagnostics;
  std::unique_ptr<Page> page = load_page(site, "docs/a.md", diagnostics);
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->source->path(), testing::shown_path("content/docs/a.md"));
  EXPECT_EQ(page->meta.title.value, "A");
  EXPECT_EQ(page->body_first_line, 4);
  EXPECT_EQ(page->source->text().substr(page->body_offset), "Body\n");
}

// A build that writes as it renders leaves each body on disk until the page is rendered,
// so it never holds the text of every page at once.
TEST(LoadBody, ABodyLeftOnDiskIsReadWhenNeeded) {
  TempDir dir;
  write_content(dir, {{"content/a.md", "+++\ntitle = \"A\"\n+++\nThe body.\n"}});
  Diagnostics diagnostics;
  std::optional<Site> site = load_site({dir.path() / "content", false, true, 0}, diagnostics);
  ASSERT_TRUE(site);
  Page& page = *site->pages.at(0);
  EXPECT_TRUE(page.body_on_disk);
  EXPECT_EQ(page.source->text(), "+++\ntitle = \"A\"\n+++\n") << "the front matter only";
  ASSERT_TRUE(load_body(*site, page, diagnostics));
  EXPECT_FALSE(page.body_on_disk);
  EXPECT_EQ(page.source->text().substr(page.body_offset), "The body.\n");
}

// The bodies of the first pages loaded are kept, as far as the budget goes; the others
// are read again when rendered.
TEST(LoadBody, BodiesAreKeptUpToTheBudget) {
  TempDir dir;
  write_content(dir, {{"content/a.md", "+++\ntitle = \"A\"\n+++\n0123456789\n"},
                      {"content/b.md", "+++\ntitle = \"B\"\n+++\n0123456789\n"},
                      {"content/c.md", "+++\ntitle = \"C\"\n+++\n0123456789\n"}});
  for (std::size_t budget : {0, 11, 22, 33}) {
    Diagnostics diagnostics;
    std::optional<Site> site = load_site({dir.path() / "content", false, true, budget}, diagnostics);
    ASSERT_TRUE(site);
    std::size_t kept = 0;
    for (const auto& page : site->pages) {
      if (page->body_on_disk) continue;
      ++kept;
      EXPECT_EQ(page->source->text().substr(page->body_offset), "0123456789\n");
    }
    EXPECT_EQ(kept, budget / 11) << "a budget of " << budget << " bytes";
  }
}

TEST(LoadBody, AFileWhoseFrontMatterChangedSinceLoadingIsRefused) {
  TempDir dir;
  write_content(dir, {{"content/a.md", "+++\ntitle = \"A\"\n+++\nThe body.\n"}});
  Diagnostics diagnostics;
  std::optional<Site> site = load_site({dir.path() / "content", false, true, 0}, diagnostics);
  ASSERT_TRUE(site);
  dir.write("content/a.md", "+++\ntitle = \"Another\"\n+++\nThe body.\n");
  EXPECT_FALSE(load_body(*site, *site->pages.at(0), diagnostics));
  std::vector<std::string> errors = testing::diagnostic_texts(diagnostics);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("a.md:0:0: this file changed while the site was being built"), std::string::npos) << errors[0];
}

TEST(IsReservedFolder, StaticTemplatesAndThemes) {
  EXPECT_TRUE(is_reserved_folder("static"));
  EXPECT_TRUE(is_reserved_folder("templates"));
  EXPECT_TRUE(is_reserved_folder("themes"));
  EXPECT_FALSE(is_reserved_folder("news"));
}

TEST(FindTheme, TheSitesOwnThemeComesFirst) {
  TempDir dir;
  dir.write("themes/default/templates/page.mustache", "x");
  EXPECT_EQ(find_theme(dir.path(), "default"), dir.path() / "themes/default");
  EXPECT_NE(find_theme(dir.path() / "elsewhere", "default"), std::nullopt) << "the shipped theme";
  EXPECT_EQ(find_theme(dir.path(), "no-such-theme"), std::nullopt);
}

}  // namespace
}  // namespace cdp
