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

// An error stops the build; a warning is printed and the build goes on. Every problem
// is an error unless the site has turned its authoring rule into a warning in site.toml.
enum class Severity { kError, kWarning };

// A problem in what the user wrote.
struct Diagnostic {
  SourcePos pos;          // where; pos.file may be empty for errors about no file
  std::string message;    // what is wrong, one sentence, plain English
  std::string hint;       // how to fix it ("" when there is nothing to add)
  std::string line_text;  // the source line at pos.line, for the excerpt ("" if none)
  Severity severity = Severity::kError;  // whether it stops the build
  std::string rule;       // the authoring rule it breaks, e.g. "vague-link-text" ("" for others)
};

// Builds a diagnostic at a position in a loaded file, copying the line for the excerpt.
Diagnostic error_at(const SourceFile& file, SourcePos pos, std::string message,
                    std::string hint = {});
// Builds a diagnostic about a file as a whole, or about no file (empty path).
Diagnostic error_in(std::string path, std::string message, std::string hint = {});

// Collects diagnostics from every stage (and every thread) of one run.
class Diagnostics {
 public:
  // At most this many errors, and this many warnings, are kept; more are counted but
  // not stored (so that many warnings never hide an error).
  static constexpr std::size_t kMaxKept = 50;

  // Adds `diagnostic` unless the same message and hint at the same place were added already (a
  // mistake in a shared template or snippet is found once for each page that uses it).
  void add(Diagnostic diagnostic);
  bool has_errors() const;
  std::size_t error_count() const;    // errors only: warnings never fail a build
  std::size_t warning_count() const;
  // Kept diagnostics in a stable order: by file, line, column, then message.
  std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> kept_;  // the first kMaxKept errors and the first kMaxKept warnings
  std::size_t errors_ = 0;        // every error added, kept or not
  std::size_t warnings_ = 0;      // every warning added, kept or not
  std::set<std::tuple<std::string, int, int, std::string, std::string>> seen_;  // file, line, column, message, hint
};

}  // namespace cdp
