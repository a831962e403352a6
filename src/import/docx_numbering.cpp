#include "import/docx_numbering.h"

#include <algorithm>
#include <array>

namespace cdp {

namespace {

constexpr int kLevels = 9;

int int_or(const XmlNode* node, int fallback) {
  if (!node) return fallback;
  const std::string* text = node->attribute("w:val");
  if (!text || text->empty() || text->size() > 6) return fallback;
  int value = 0;
  bool negative = (*text)[0] == '-';
  for (std::size_t i = negative ? 1 : 0; i < text->size(); ++i) {
    char c = (*text)[i];
    if (c < '0' || c > '9') return fallback;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

std::string letters(int value, char first) {
  // Word repeats the letter: a..z, then aa..zz, then aaa.
  if (value < 1) return "";
  int repeat = (value - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(std::min(repeat, 20)), static_cast<char>(first + (value - 1) % 26));
}

std::string roman(int value, bool upper) {
  static constexpr std::array<std::pair<int, const char*>, 13> kNumerals = {
      {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
       {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
  if (value < 1 || value > 3999) return std::to_string(value);
  std::string out;
  for (const auto& [amount, numeral] : kNumerals) {
    for (; value >= amount; value -= amount) out += numeral;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// A w:lvl's or w:lvlOverride's level, 0..8, or -1.
int level_index(const XmlNode& node) {
  const std::string* ilvl = node.attribute("w:ilvl");
  if (!ilvl || ilvl->size() != 1 || (*ilvl)[0] < '0' || (*ilvl)[0] >= '0' + kLevels) return -1;
  return (*ilvl)[0] - '0';
}

}  // namespace

std::string formatted_number(int value, const std::string& format) {
  if (format == "lowerLetter") return letters(value, 'a');
  if (format == "upperLetter") return letters(value, 'A');
  if (format == "lowerRoman") return roman(value, false);
  if (format == "upperRoman") return roman(value, true);
  if (format == "none" || format == "bullet") return "";
  if (format == "decimalZero" && value >= 0 && value < 10) return "0" + std::to_string(value);
  return std::to_string(value);
}

DocxNumbering::DocxNumbering(const XmlNode& numbering) {
  auto read_levels = [](const XmlNode& parent, std::map<int, Level>& levels) {
    for (const XmlNode& node : parent.children) {
      if (node.name != "w:lvl") continue;
      int index = level_index(node);
      if (index < 0 || index >= kLevels) continue;
      Level level;
      level.start = int_or(node.child("w:start"), 1);
      if (const XmlNode* format = node.child("w:numFmt")) level.format = format->attribute_or("w:val", "decimal");
      if (const XmlNode* text = node.child("w:lvlText")) level.text = text->attribute_or("w:val");
      level.restart_after = int_or(node.child("w:lvlRestart"), -1);
      if (const XmlNode* legal = node.child("w:isLgl")) level.legal = legal->attribute_or("w:val", "1") != "0";
      levels[index] = level;
    }
  };
  for (const XmlNode& node : numbering.children) {
    if (node.name == "w:abstractNum") read_levels(node, abstract_[node.attribute_or("w:abstractNumId")]);
    if (node.name != "w:num") continue;
    List list;
    if (const XmlNode* abstract = node.child("w:abstractNumId")) list.abstract_id = abstract->attribute_or("w:val");
    for (const XmlNode& override_node : node.children) {
      if (override_node.name != "w:lvlOverride") continue;
      int index = level_index(override_node);
      if (index < 0) continue;
      if (const XmlNode* start = override_node.child("w:startOverride")) list.start_overrides[index] = int_or(start, 1);
      std::map<int, Level> replaced;
      read_levels(override_node, replaced);
      if (auto level = replaced.find(index); level != replaced.end()) list.level_overrides[index] = level->second;
    }
    lists_[node.attribute_or("w:numId")] = std::move(list);
  }
}

const DocxNumbering::Level* DocxNumbering::level_of(const List& list, int level) const {
  if (auto replaced = list.level_overrides.find(level); replaced != list.level_overrides.end()) return &replaced->second;
  auto abstract = abstract_.find(list.abstract_id);
  if (abstract == abstract_.end()) return nullptr;
  auto found = abstract->second.find(level);
  return found == abstract->second.end() ? nullptr : &found->second;
}

std::string DocxNumbering::shown_text(const List& list, int level, const std::vector<int>& counts) const {
  const Level* own = level_of(list, level);
  std::string out;
  const std::string& text = own->text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%' || i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9') {
      out += text[i];
      continue;
    }
    int referred = text[++i] - '1';
    const Level* other = level_of(list, referred);
    int value = counts[static_cast<std::size_t>(referred)];
    if (!other) continue;
    if (value == 0) value = other->start;
    out += formatted_number(value, own->legal ? "decimal" : other->format);
  }
  return out;
}

std::optional<ParagraphNumber> DocxNumbering::next(const NumberingRef& ref) {
  auto found = lists_.find(ref.num_id);
  if (found == lists_.end() || ref.num_id == "0") return std::nullopt;
  const List& list = found->second;
  const Level* level = level_of(list, ref.level);
  if (!level) return std::nullopt;
  std::vector<int>& counts = counts_[list.abstract_id];
  counts.resize(kLevels, 0);
  ParagraphNumber number;
  if (overrides_applied_.insert(ref.num_id).second) {
    for (const auto& [overridden, start] : list.start_overrides) {
      counts[static_cast<std::size_t>(overridden)] = 0;
      number.restarted = true;
    }
  }
  std::size_t at = static_cast<std::size_t>(ref.level);
  auto override_start = list.start_overrides.find(ref.level);
  int start = override_start != list.start_overrides.end() ? override_start->second : level->start;
  number.restarted = number.restarted && counts[at] == 0;
  counts[at] = counts[at] == 0 ? start : counts[at] + 1;
  for (std::size_t deeper = at + 1; deeper < counts.size(); ++deeper) {
    const Level* below = level_of(list, static_cast<int>(deeper));
    if (!below || below->restart_after == -1 || ref.level < below->restart_after) counts[deeper] = 0;
  }
  number.value = counts[at];
  number.bullet = level->format == "bullet";
  number.text = number.bullet ? level->text : shown_text(list, ref.level, counts);
  number.simple = level->format == "decimal" && level->text == "%" + std::to_string(ref.level + 1) + ".";
  return number;
}

}  // namespace cdp
