// Fuzzes the Word import end to end (zip, XML, styles, numbering, body, Markdown): any
// bytes must give a page or an ImportError with a plain message, never a crash, a hang
// or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "import/docx_reader.h"
#include "import/import_error.h"
#include "import/markdown_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    cdp::DocxContent content = cdp::read_docx(std::string(reinterpret_cast<const char*>(data), size));
    cdp::write_markdown(content.document);
  } catch (const cdp::ImportError&) {
  }
  return 0;
}
