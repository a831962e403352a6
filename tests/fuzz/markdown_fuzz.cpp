// Fuzzes Markdown rendering with link rewriting: with raw HTML off, no <script> element
// may come out, and no javascript: link.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "markdown/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cdp::SourceFile file("fuzz.md", text);
  cdp::LinkRewriter rewrite = [](const cdp::LinkRef& link) {
    return link.url.size() % 2 ? link.url : "../" + link.url + "/index.html";
  };
  cdp::AuthoringSeverities severities;
  cdp::MarkdownOptions checked;
  checked.checks = &severities;
  cdp::Diagnostics diagnostics;
  cdp::RenderedMarkdown safe = cdp::render_markdown(text, {&file, 1}, checked, rewrite, &diagnostics);
  if (safe.html.find("<script") != std::string::npos) std::abort();
  if (safe.html.find("href=\"javascript:") != std::string::npos) std::abort();
  cdp::MarkdownOptions raw;
  raw.raw_html = true;
  cdp::render_markdown(text, {&file, 1}, raw, rewrite);
  cdp::render_inline_markdown(text);
  return 0;
}
