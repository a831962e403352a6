#include "core/install_paths.h"

namespace cdp {

std::vector<std::filesystem::path> shared_folders() {
  std::vector<std::filesystem::path> folders;
  std::error_code ec;
  std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) folders.push_back(binary.parent_path().parent_path() / "share" / "cdpsite");
  folders.push_back(CDPSITE_DATA_DIR);
  folders.push_back(CDPSITE_SOURCE_DIR);
  return folders;
}

}  // namespace cdp
