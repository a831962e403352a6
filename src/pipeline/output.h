#pragma once
// Atomic output: a build writes into a fresh folder beside the output folder and swaps
// it in whole only when everything succeeded (like ccache's AtomicFile, for a tree).
// A failed or interrupted build leaves the output folder byte-for-byte as it was, and
// a successful one leaves no stale files from earlier builds.
#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace cdp {

class StagedOutput {
 public:
  // Prepares a fresh staging folder beside `output` (removing stale ones left by
  // builds that were killed). Reports and returns false when that is impossible.
  bool begin(const std::filesystem::path& output, Diagnostics& diagnostics);
  StagedOutput() = default;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  // Removes the staging folder unless commit() succeeded.
  ~StagedOutput();

  // Writes a file at `relative` (a '/'-separated path) in the staging folder. Safe to
  // call from several threads. Reports failures.
  bool write(const std::string& relative, std::string_view content, Diagnostics& diagnostics);
  // Copies a file verbatim into the staging folder.
  bool copy(const std::filesystem::path& from, const std::string& relative, Diagnostics& diagnostics);

  // Swaps the staging folder in place of the output folder, then removes the old one.
  bool commit(Diagnostics& diagnostics);

  std::size_t files_written() const { return files_written_; }
  const std::filesystem::path& staging() const { return staging_; }

 private:
  void report(Diagnostics& diagnostics, const std::string& what, const std::string& reason);
  // Whether the file `relative` can be written on this computer; reports it when its
  // path is longer than the system allows.
  bool fits(const std::string& relative, const std::filesystem::path& path, Diagnostics& diagnostics);

  std::filesystem::path output_;           // the folder the build publishes into
  std::filesystem::path staging_;          // the fresh folder being written
  bool committed_ = false;                 // commit() succeeded
  std::atomic<std::size_t> files_written_ = 0;  // files written or copied so far
};

}  // namespace cdp
