#include "markdown/data_markdown_checks.h"

#include "core/toml_string_offsets.h"
#include "markdown/placeholders.h"

namespace cdp {

namespace {

// Data pages show each text field under a heading of their own (level 2).
constexpr int kDataHeadingLevel = 2;

// The byte offset of `pos` (a 1-based line and character column) in `file`.
std::optional<std::size_t> offset_of(const SourceFile& file, const SourcePos& pos) {
  std::string_view line = file.line_text(pos.line);
  if (pos.line < 1 || pos.line > file.line_count()) return std::nullopt;
  std::size_t byte = 0;
  for (int chars = 1; chars < pos.column && byte < line.size(); ++chars) {
    do ++byte;
    while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80);
  }
  return static_cast<std::size_t>(line.data() - file.text().data()) + byte;
}

class FieldChecker {
 public:
  FieldChecker(const CdpData& data, const MarkdownOptions& options, Diagnostics& diagnostics)
      : data_(data), options_(options), diagnostics_(diagnostics) {}

  void check(const Located<std::string>& field) {
    if (!field.present() || field.value.empty()) return;
    auto file = data_.files.find(field.pos.file);
    if (file == data_.files.end()) return;
    std::optional<std::size_t> quote = offset_of(*file->second, field.pos);
    if (!quote) return;
    std::optional<std::vector<std::size_t>> offsets = toml_string_offsets(file->second->text(), *quote, field.value);
    if (!offsets) return;  // not read as written: no position to give
    MarkdownSource source{file->second.get(), 1, &*offsets, kDataHeadingLevel};
    render_markdown(field.value, source, options_, {}, &diagnostics_);
  }

 private:
  const CdpData& data_;
  const MarkdownOptions& options_;
  Diagnostics& diagnostics_;
};

void check_priority(const Priority& priority, FieldChecker& checker) {
  for (const Located<std::string>* field :
       {&priority.title, &priority.what_we_know, &priority.what_we_will_do, &priority.contribution}) {
    checker.check(*field);
  }
  for (const Evidence& evidence : priority.evidence) checker.check(evidence.text);
  for (const Action& action : priority.actions) checker.check(action.title);
}

void check_series(const MetricSeries& series, FieldChecker& checker) {
  checker.check(series.notes);
  for (const Observation& value : series.values) checker.check(value.note);
}

}  // namespace

void check_data_markdown(const CdpData& data, const MarkdownOptions& options, Diagnostics& diagnostics) {
  for (const auto& [path, file] : data.files) check_placeholders(*file, options.placeholders, diagnostics);
  if (!options.checks) return;
  FieldChecker checker(data, options, diagnostics);
  for (const auto& [id, definition] : data.catalogue) checker.check(definition.definition);
  for (const Partnership& partnership : data.partnerships) {
    checker.check(partnership.vision);
    for (const Decision& decision : partnership.meetings.decisions) checker.check(decision.text);
    for (const Priority& priority : partnership.priorities) check_priority(priority, checker);
    for (const auto& [id, series] : partnership.metrics) check_series(series, checker);
    for (const Grant& grant : partnership.funding) checker.check(grant.purpose);
  }
}

}  // namespace cdp
