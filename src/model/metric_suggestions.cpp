#include "model/metric_suggestions.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/suggest.h"

namespace cdp {

namespace {

constexpr std::size_t kClosestShown = 3;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// How far `definition` is from what `id` says: its edit distance, less a share for each
// word of `id` (of four letters or more: "deaths", "treatment") found in the metric's id
// or name, so that "drug-deaths" comes near "deaths-from-drug-misuse".
std::size_t distance_to(std::string_view id, const MetricDefinition& definition) {
  std::size_t distance = edit_distance(id, definition.id);
  std::string haystack = definition.id + " " + lower(definition.name.value);
  std::string word_list = lower(id);
  std::replace(word_list.begin(), word_list.end(), '_', '-');
  for (std::size_t start = 0; start < word_list.size();) {
    std::size_t end = std::min(word_list.find('-', start), word_list.size());
    std::string word = word_list.substr(start, end - start);
    if (word.size() >= 4 && haystack.find(word) != std::string::npos) distance -= std::min(distance, word.size());
    start = end + 1;
  }
  return distance;
}

std::string named(const MetricDefinition& definition) {
  std::string id = "`" + definition.id + "`";
  return definition.name.value.empty() ? id : id + " (" + definition.name.value + ")";
}

}  // namespace

std::string metric_id_hint(std::string_view id, const std::map<std::string, MetricDefinition>& catalogue) {
  std::vector<std::string> ids;
  for (const auto& [known, definition] : catalogue) ids.push_back(known);
  std::string match = closest_match(id, ids);
  if (!match.empty()) return "did you mean " + named(catalogue.at(match)) + "?";
  std::vector<const MetricDefinition*> nearest;
  for (const auto& [known, definition] : catalogue) nearest.push_back(&definition);
  std::stable_sort(nearest.begin(), nearest.end(), [&](const MetricDefinition* a, const MetricDefinition* b) {
    return distance_to(id, *a) < distance_to(id, *b);
  });
  nearest.resize(std::min(nearest.size(), kClosestShown));
  if (nearest.empty()) return "";
  std::string list = named(*nearest.front());
  for (std::size_t i = 1; i < nearest.size(); ++i) list += (i + 1 == nearest.size() ? " and " : ", ") + named(*nearest[i]);
  return (nearest.size() == 1 ? "the only metric is " : "the closest are ") + list;
}

}  // namespace cdp
