// Fuzzes what an editor request names and sends: any bytes as the file's path (for each
// kind of file), its contents, and its Host header.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "serve/editor_guard.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  static const std::filesystem::path root = std::filesystem::temp_directory_path() / "cdpsite-editor-path-fuzz";
  std::string refusal;
  for (cdp::EditedFileKind kind : {cdp::EditedFileKind::kPage, cdp::EditedFileKind::kPicture,
                                   cdp::EditedFileKind::kDocument}) {
    std::optional<std::filesystem::path> path = cdp::writable_path(root, input, kind, refusal);
    if (path && path->lexically_relative(root).string().starts_with("..")) __builtin_trap();
    cdp::content_refusal(input, kind, input);
  }
  cdp::is_own_host(input, 1313);
  cdp::write_refusal({input, input, input}, "secret", 1313);
  return 0;
}
