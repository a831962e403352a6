#include "publish/folder_target.h"

#include <fstream>
#include <sstream>

#include "core/platform.h"
#include "core/fs.h"
#include "publish/manifest.h"

namespace cdp {

namespace fs = std::filesystem;

FolderTarget::FolderTarget(fs::path root) : root_(std::move(root)) {
  std::error_code ec;
  fs::create_directories(root_, ec);
  if (ec || !fs::is_directory(root_)) {
    throw PublishError("cannot use the folder " + u8_string(root_) + " to publish into: " + ec.message(),
                       "check the path, and that you may write there");
  }
}

std::string FolderTarget::describe() const { return "the folder " + u8_string(root_); }

std::optional<std::string> FolderTarget::read_text(const std::string& path) {
  std::ifstream in(root_ / u8_path(path), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void FolderTarget::place(const std::string& path, const std::function<void(const fs::path&)>& write) {
  // UTF-8 names, shown in messages with the platform's separators.
  fs::path target = (root_ / u8_path(path)).make_preferred();
  fs::path part = target;
  part += kPartSuffix;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (!ec) write(part);
  if (!ec) ec = rename_retrying(part, target);
  if (ec) throw PublishError("cannot write " + u8_string(target) + ": " + ec.message(), "check the disk and its permissions");
}

void FolderTarget::put(const std::string& path, const fs::path& local) {
  place(path, [&](const fs::path& part) {
    std::error_code ec;
    fs::copy_file(local, part, fs::copy_options::overwrite_existing, ec);
    if (ec) throw PublishError("cannot copy " + u8_string(local) + ": " + ec.message(), "check the disk and its permissions");
  });
}

void FolderTarget::put_text(const std::string& path, const std::string& text) {
  place(path, [&](const fs::path& part) {
    std::string reason;
    if (!write_file(part, text, &reason)) throw PublishError("cannot write " + u8_string(part) + ": " + reason, "check the disk");
  });
}

void FolderTarget::remove(const std::string& path) {
  std::error_code ec;
  fs::path target = root_ / u8_path(path);
  fs::remove(target, ec);
  for (fs::path folder = target.parent_path(); folder != root_ && fs::is_empty(folder, ec) && !ec; folder = folder.parent_path()) {
    fs::remove(folder, ec);
  }
}

void FolderTarget::remove_leftovers(const std::vector<std::string>&) {
  std::error_code ec;
  std::vector<fs::path> parts;
  for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (u8_string(it->path()).ends_with(kPartSuffix)) parts.push_back(it->path());
  }
  for (const fs::path& part : parts) fs::remove(part, ec);
}

}  // namespace cdp
