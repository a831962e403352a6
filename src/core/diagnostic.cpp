#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace cdp {

Diagnostic error_at(const SourceFile& file, SourcePos pos, std::string message,
                    std::string hint) {
  Diagnostic d;
  d.line_text = std::string(file.line_text(pos.line));
  d.pos = std::move(pos);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

Diagnostic error_in(std::string path, std::string message, std::string hint) {
  Diagnostic d;
  d.pos.file = std::move(path);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

void Diagnostics::add(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  auto key = std::make_tuple(diagnostic.pos.file, diagnostic.pos.line, diagnostic.pos.column, diagnostic.message,
                             diagnostic.hint);
  if (!seen_.insert(std::move(key)).second) return;  // one mistake found from many pages
  std::size_t& count = diagnostic.severity == Severity::kError ? errors_ : warnings_;
  if (++count <= kMaxKept) kept_.push_back(std::move(diagnostic));
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  std::lock_guard lock(mutex_);
  return errors_;
}

std::size_t Diagnostics::warning_count() const {
  std::lock_guard lock(mutex_);
  return warnings_;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(mutex_);
    copy = kept_;
  }
  std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column, a.message) <
           std::tie(b.pos.file, b.pos.line, b.pos.column, b.message);
  });
  return copy;
}

}  // namespace cdp
