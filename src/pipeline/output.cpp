#include "pipeline/output.h"

#include <cstdlib>

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStagingMarker = ".building-";

// Removes staging folders of earlier builds whose process no longer runs.
void remove_stale_staging(const fs::path& output) {
  std::error_code ec;
  std::string prefix = std::string(".") + u8_string(output.filename()) + std::string(kStagingMarker);
  for (const fs::directory_entry& entry : fs::directory_iterator(output.parent_path(), ec)) {
    std::string name = u8_string(entry.path().filename());
    if (name.rfind(prefix, 0) != 0) continue;
    int pid = std::atoi(name.c_str() + prefix.size());
    if (pid > 0 && process_running(pid)) continue;
    remove_all_retrying(entry.path());
  }
}

}  // namespace

void StagedOutput::report(Diagnostics& diagnostics, const std::string& what, const std::string& reason) {
  diagnostics.add(error_in(display_path(output_), what + ": " + reason,
                           "check that the folder exists and that you may write to it, "
                           "or choose another with --output"));
}

// Windows would refuse the file with a message that does not say why.
bool StagedOutput::fits(const std::string& relative, const fs::path& path, Diagnostics& diagnostics) {
  std::optional<std::size_t> limit = path_length_limit();
  std::size_t length = path.native().size();
  if (!limit || length <= *limit) return true;
  diagnostics.add(error_in(display_path(output_),
                           "cannot write " + relative + ": its full path on this computer is " +
                               std::to_string(length) + " characters long, and Windows here allows " +
                               std::to_string(*limit),
                           "build into a folder with a shorter path (for example --output C:\\cdp\\site), or "
                           "give the page a shorter address; your IT team can also turn on long paths "
                           "(LongPathsEnabled)"));
  return false;
}

bool StagedOutput::begin(const fs::path& output, Diagnostics& diagnostics) {
  std::error_code ec;
  output_ = fs::absolute(output, ec).lexically_normal();
  if (output_.filename().empty()) output_ = output_.parent_path();
  fs::path parent = output_.parent_path();
  fs::create_directories(parent, ec);
  if (fs::exists(output_) && !fs::is_directory(output_)) {
    report(diagnostics, "the output path is a file, not a folder", display_path(output_));
    return false;
  }
  recover_interrupted_swap(output_);  // a build stopped half-way through its swap
  remove_stale_staging(output_);
  staging_ = parent / u8_path(std::string(".") + u8_string(output_.filename()) + std::string(kStagingMarker) +
                              std::to_string(process_id()));
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    report(diagnostics, "cannot create the build folder beside the output", ec.message());
    staging_.clear();
    return false;
  }
  return true;
}

StagedOutput::~StagedOutput() {
  if (committed_ || staging_.empty()) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

bool StagedOutput::write(const std::string& relative, std::string_view content, Diagnostics& diagnostics) {
  std::string reason;
  fs::path path = staging_ / u8_path(relative);
  if (!fits(relative, path, diagnostics)) return false;
  // A page is published as a folder of its own (a/b/index.html), new in the staging
  // folder: made first, not after an open that fails (one call fewer for each page).
  // write_file still makes any folder missing above it.
  if (relative.ends_with("/index.html")) {
    std::error_code ec;
    fs::create_directory(path.parent_path(), ec);
  }
  if (!write_file(path, content, &reason)) {
    report(diagnostics, "cannot write " + relative, reason);
    return false;
  }
  ++files_written_;
  return true;
}

bool StagedOutput::copy(const fs::path& from, const std::string& relative, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::path to = staging_ / u8_path(relative);
  if (!fits(relative, to, diagnostics)) return false;
  fs::create_directories(to.parent_path(), ec);
  if (!fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) {
    diagnostics.add(error_in(display_path(from), "cannot copy this file into the site: " + ec.message(),
                             "check that the file is readable"));
    return false;
  }
  ++files_written_;
  return true;
}

// The swap itself is the platform's (core/platform.cpp): one exchange on Linux, the
// old folder moved aside and the new one in on Windows, recovered by the next build
// if interrupted.
bool StagedOutput::commit(Diagnostics& diagnostics) {
  std::string error;
  if (!swap_in_folder(staging_, output_, error)) {
    diagnostics.add(error_in(display_path(output_), error,
                             "close the programs that have files of the site open, then build again"));
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace cdp
