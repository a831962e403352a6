#pragma once
// The one error type of cdpsite: every problem a user can cause is a Diagnostic with
// a position, a plain-English message and a hint on how to fix it. Stages add them to
// a shared Diagnostics list; they are printed in one place (core/terminal).
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/source_file.h"

namespace cdp {

// An error in what the user wrote (cdpsite has no warnings: every problem is to be fixed).
struct Diagnostic {
  SourcePos pos;          // where; pos.file may be empty for errors about no file
  std::string message;    // what is wrong, one sentence, plain English
  std::string hint;       // how to fix it ("" when there is nothing to add)
  std::string line_text;  // the source line at pos.line, for the excerpt ("" if none)
};

// Builds a diagnostic at a position in a loaded file, copying the line for the excerpt.
Diagnostic error_at(const SourceFile& file, SourcePos pos, std::string message,
                    std::string hint = {});
// Builds a diagnostic about a file as a whole, or about no file (empty path).
Diagnostic error_in(std::string path, std::string message, std::string hint = {});

// Collects diagnostics from every stage (and every thread) of one run.
class Diagnostics {
 public:
  // At most this many errors are kept; more are counted but not stored.
  static constexpr std::size_t kMaxKept = 50;

  // Adds `diagnostic` unless the same message and hint at the same place were added already (a
  // mistake in a shared template or snippet is found once for each page that uses it).
  void add(Diagnostic diagnostic);
  bool has_errors() const;
  std::size_t error_count() const;
  // Kept diagnostics in a stable order: by file, line, column, then message.
  std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> kept_;  // the first kMaxKept diagnostics
  std::size_t errors_ = 0;        // every error added, kept or not
  std::set<std::tuple<std::string, int, int, std::string, std::string>> seen_;  // file, line, column, message, hint
};

}  // namespace cdp
