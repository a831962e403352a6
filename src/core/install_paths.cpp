#include "core/install_paths.h"

#include "core/platform.h"

namespace cdp {

std::vector<std::filesystem::path> shared_folders() {
  std::vector<std::filesystem::path> folders;
  if (std::optional<std::filesystem::path> binary = executable_path()) folders = shared_folders_near(*binary);
  folders.push_back(CDPSITE_DATA_DIR);
  folders.push_back(CDPSITE_SOURCE_DIR);
  return folders;
}

}  // namespace cdp
