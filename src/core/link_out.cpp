#include "core/link_out.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

bool is_inside(const fs::path& folder, const fs::path& path) {
  fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

LinkBoundary link_boundary(const fs::path& site_root, const fs::path& folder) {
  fs::path site = fs::absolute(site_root).lexically_normal();
  if (is_inside(site, fs::absolute(folder).lexically_normal())) return {site_root, "site folder"};
  return {folder, "theme folder"};
}

bool is_link_out_of(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(path, ec)) return false;
  fs::path target = fs::canonical(path, ec);
  if (ec) return false;  // a link to nothing: reading it fails, and says so
  fs::path real_root = fs::canonical(root, ec);
  return ec || !is_inside(real_root, target);
}

bool refuse_link_out(const LinkBoundary& boundary, const fs::path& path, const std::string& shown,
                     Diagnostics& diagnostics) {
  if (!is_link_out_of(boundary.root, path)) return false;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    diagnostics.add(error_in(shown, "this is a link to a folder outside the " + boundary.name +
                                        ", so nothing in it will be published",
                             "copy the folder into the " + boundary.name + " instead of linking to it"));
  } else {
    diagnostics.add(error_in(shown, "this is a link to a file outside the " + boundary.name +
                                        ", so it will not be published",
                             "copy the file into the " + boundary.name + " instead of linking to it"));
  }
  return true;
}

}  // namespace cdp
