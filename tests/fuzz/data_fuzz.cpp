// Fuzzes model loading from TOML: the same bytes as a catalogue, a partnership, its
// priorities, metrics and funding, then cross-file validation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/data_loader.h"
#include "model/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto source = std::make_shared<cdp::SourceFile>("fuzz.toml", std::string(reinterpret_cast<const char*>(data), size));
  cdp::Diagnostics diagnostics;
  cdp::TomlReader reader(*source, 1, diagnostics);
  std::optional<toml::table> table = reader.parse(source->text());
  if (!table) return 0;
  cdp::DataFile file{source, std::move(*table)};
  cdp::CdpData model;
  cdp::load_catalogue(file, model, true, diagnostics);
  cdp::Partnership partnership;
  cdp::load_partnership_file(file, partnership, diagnostics);
  cdp::load_priorities_file(file, partnership, diagnostics);
  cdp::load_funding_file(file, partnership, diagnostics);
  cdp::load_metrics_file(file, partnership, model, diagnostics);
  model.partnerships.push_back(std::move(partnership));
  cdp::validate_cdp_data(model, diagnostics);
  return 0;
}
