// The floor for a Markdown site generator: cmark-gfm alone (with the GFM extensions
// cdpsite uses) rendering every .md file under a folder, front matter skipped, on two
// threads, each page written to its own file. Nothing else a generator does (templates,
// links, lists) is done, so no generator can be faster than this.
//   cmark_floor CORPUS_DIR OUT_DIR
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The body after TOML front matter between +++ lines.
std::string_view body_of(const std::string& text) {
  if (!text.starts_with("+++")) return text;
  std::size_t end = text.find("\n+++", 3);
  return end == std::string::npos ? std::string_view(text) : std::string_view(text).substr(end + 4);
}

std::string render(std::string_view markdown) {
  int options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES;
  cmark_parser* parser = cmark_parser_new(options);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  char* html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
  std::string result(html);
  free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cmark_floor CORPUS_DIR OUT_DIR\n";
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(argv[1])) {
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  }
  fs::path out = argv[2];
  std::atomic<std::size_t> next = 0;
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      fs::path target = out / fs::relative(files[i], argv[1]).replace_extension(".html");
      fs::create_directories(target.parent_path());
      std::ofstream(target, std::ios::binary) << render(body_of(read(files[i])));
    }
  };
  std::thread other(work);
  work();
  other.join();
  std::cout << files.size() << " files\n";
  return 0;
}
