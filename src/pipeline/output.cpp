#include "pipeline/output.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/fs.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStagingMarker = ".building-";

// Removes staging folders of earlier builds whose process no longer runs.
void remove_stale_staging(const fs::path& output) {
  std::error_code ec;
  std::string prefix = "." + output.filename().string() + std::string(kStagingMarker);
  for (const fs::directory_entry& entry : fs::directory_iterator(output.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    pid_t pid = static_cast<pid_t>(std::atoi(name.c_str() + prefix.size()));
    if (pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH)) continue;
    fs::remove_all(entry.path(), ec);
  }
}

// Exchanges two paths atomically (Linux renameat2), so that readers of the output
// folder see either the old site or the new one, never neither.
bool exchange(const fs::path& a, const fs::path& b) {
  return renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
}

}  // namespace

void StagedOutput::report(Diagnostics& diagnostics, const std::string& what, const std::string& reason) {
  diagnostics.add(error_in(display_path(output_), what + ": " + reason,
                           "check that the folder exists and that you may write to it, "
                           "or choose another with --output"));
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
  remove_stale_staging(output_);
  staging_ = parent / ("." + output_.filename().string() + std::string(kStagingMarker) +
                       std::to_string(getpid()));
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
  if (!write_file(staging_ / relative, content, &reason)) {
    report(diagnostics, "cannot write " + relative, reason);
    return false;
  }
  ++files_written_;
  return true;
}

bool StagedOutput::copy(const fs::path& from, const std::string& relative, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::path to = staging_ / relative;
  fs::create_directories(to.parent_path(), ec);
  if (!fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) {
    diagnostics.add(error_in(display_path(from), "cannot copy this file into the site: " + ec.message(),
                             "check that the file is readable"));
    return false;
  }
  ++files_written_;
  return true;
}

bool StagedOutput::commit(Diagnostics& diagnostics) {
  std::error_code ec;
  if (fs::exists(output_, ec)) {
    if (!exchange(staging_, output_)) {
      report(diagnostics, "cannot replace the output folder", std::strerror(errno));
      return false;
    }
    fs::remove_all(staging_, ec);  // now holds the previous site
  } else if (rename(staging_.c_str(), output_.c_str()) != 0) {
    report(diagnostics, "cannot create the output folder", std::strerror(errno));
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace cdp
