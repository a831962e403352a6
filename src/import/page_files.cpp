#include "import/page_files.h"

#include "core/fs.h"
#include "core/platform.h"
#include "core/user_error.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

void write_or_throw(const fs::path& path, const std::string& bytes) {
  std::string reason;
  if (!write_file(path, bytes, &reason)) throw UserError("cannot write " + u8_string(path) + ": " + reason, "check the folder");
}

}  // namespace

void write_word_page(const WordPage& page, const fs::path& folder, bool replace) {
  fs::path markdown = folder / (page.name + ".md");
  fs::path files = folder / page.name;
  if (!replace && (fs::exists(markdown) || fs::exists(files))) {
    throw UserError((fs::exists(markdown) ? u8_string(markdown) : u8_string(files)) + " already exists",
                    "give another name with --name, or add --replace to replace the page and its folder");
  }
  fs::path staging = folder / ("." + page.name + ".importing");
  fs::remove_all(staging);
  try {
    write_or_throw(staging / "page.md", page.markdown);
    for (const auto& [name, bytes] : page.files) write_or_throw(staging / page.name / name, bytes);
    fs::remove_all(files);
    fs::rename(staging / page.name, files);
    fs::rename(staging / "page.md", markdown);
    fs::remove_all(staging);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
}

}  // namespace cdp
