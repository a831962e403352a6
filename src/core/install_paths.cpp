#include "core/install_paths.h"

#include "core/platform.h"

namespace cdp {

std::vector<std::filesystem::path> shared_folders() {
  std::vector<std::filesystem::path> folders;
  if (std::optional<std::filesystem::path> binary = executable_path()) {
#ifdef _WIN32
    // The Windows zip: share\cdpsite beside cdpsite.exe.
    folders.push_back(binary->parent_path() / "share" / "cdpsite");
#endif
    folders.push_back(binary->parent_path().parent_path() / "share" / "cdpsite");
  }
  folders.push_back(CDPSITE_DATA_DIR);
  folders.push_back(CDPSITE_SOURCE_DIR);
  return folders;
}

}  // namespace cdp
