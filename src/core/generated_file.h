#pragma once
// A file the build makes that is not a page (open data, the feed, the sitemap, the
// search index): where it goes and its bytes. Rendering and outputs both hand these
// to the pipeline, which writes them.
#include <string>

namespace cdp {

struct GeneratedFile {
  std::string path;     // output path relative to the site root
  std::string content;  // the file's bytes
};

}  // namespace cdp
