#pragma once
// Publishing into a folder: a web server's document root, often under a sub-path.
#include <functional>

#include "publish/target.h"

namespace cdp {

class FolderTarget : public PublishTarget {
 public:
  explicit FolderTarget(std::filesystem::path root);
  std::string describe() const override;
  std::optional<std::string> read_text(const std::string& path) override;
  void put(const std::string& path, const std::filesystem::path& local) override;
  void put_text(const std::string& path, const std::string& text) override;
  void remove(const std::string& path) override;
  void remove_leftovers(const std::vector<std::string>& folders) override;

 private:
  std::filesystem::path root_;  // the folder published into
  // Writes through a temporary name beside the target, then renames.
  void place(const std::string& path, const std::function<void(const std::filesystem::path&)>& write);
};

}  // namespace cdp
