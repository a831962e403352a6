#include "import/docx_styles.h"

#include <array>
#include <cctype>
#include <set>

namespace cdp {

namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::optional<int> to_int(const std::string* text) {
  if (!text || text->empty() || text->size() > 4) return std::nullopt;
  int value = 0;
  for (char c : *text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Words for "heading" in the style ids of Word's languages (an id drops spaces and
// letters outside ASCII: German "Überschrift" becomes "berschrift").
constexpr std::array<const char*, 10> kHeadingWords = {"heading", "berschrift", "titre", "kop", "rubrik",
                                                       "titolo", "ttulo", "otsikko", "nagwek", "overskrift"};

}  // namespace

std::optional<int> heading_level_in_name(const std::string& text) {
  std::string name = lower(text);
  std::size_t digits = name.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(name[digits - 1]))) --digits;
  if (digits == name.size() || name.size() - digits > 1) return std::nullopt;
  std::string word = name.substr(0, digits);
  while (!word.empty() && word.back() == ' ') word.pop_back();
  for (const char* heading : kHeadingWords) {
    if (word == heading || (word.size() > 2 && word.ends_with(heading) && !std::isalpha(static_cast<unsigned char>(word[word.size() - std::string(heading).size() - 1])))) {
      int level = name.back() - '0';
      if (level >= 1 && level <= 9) return level;
    }
  }
  return std::nullopt;
}

std::optional<NumberingRef> numbering_of(const XmlNode* paragraph_properties) {
  const XmlNode* numbering = paragraph_properties ? paragraph_properties->child("w:numPr") : nullptr;
  if (!numbering) return std::nullopt;
  NumberingRef ref;
  if (const XmlNode* id = numbering->child("w:numId")) ref.num_id = id->attribute_or("w:val");
  if (const XmlNode* level = numbering->child("w:ilvl")) ref.level = to_int(level->attribute("w:val")).value_or(0);
  if (ref.num_id.empty()) return std::nullopt;
  ref.level = std::min(ref.level, 8);
  return ref;
}

DocxStyles::DocxStyles(const XmlNode& styles) {
  for (const XmlNode& node : styles.children) {
    if (node.name != "w:style" || node.attribute_or("w:type", "paragraph") != "paragraph") continue;
    Style style;
    if (const XmlNode* name = node.child("w:name")) style.name = lower(name->attribute_or("w:val"));
    if (const XmlNode* based = node.child("w:basedOn")) style.based_on = based->attribute_or("w:val");
    const XmlNode* properties = node.child("w:pPr");
    if (const XmlNode* outline = properties ? properties->child("w:outlineLvl") : nullptr) {
      style.outline_level = to_int(outline->attribute("w:val"));
    }
    style.numbering = numbering_of(properties);
    styles_[node.attribute_or("w:styleId")] = std::move(style);
  }
}

template <typename Found>
std::optional<Found> DocxStyles::first_along_chain(const std::string& style_id,
                                                   std::optional<Found> (*look)(const std::string& id, const Style& style)) const {
  std::set<std::string> seen;
  std::string id = style_id;
  while (!id.empty() && seen.insert(id).second) {
    auto style = styles_.find(id);
    if (style == styles_.end()) return look(id, Style{});
    if (std::optional<Found> found = look(id, style->second)) return found;
    id = style->second.based_on;
  }
  return std::nullopt;
}

std::optional<int> DocxStyles::heading_level(const std::string& style_id) const {
  return first_along_chain<int>(style_id, [](const std::string& id, const Style& style) -> std::optional<int> {
    if (std::optional<int> level = heading_level_in_name(style.name)) return level;
    if (std::optional<int> level = heading_level_in_name(id)) return level;
    if (style.outline_level && *style.outline_level < 9) return *style.outline_level + 1;
    return std::nullopt;
  });
}

bool DocxStyles::is_title(const std::string& style_id) const {
  return first_along_chain<bool>(style_id, [](const std::string& id, const Style& style) -> std::optional<bool> {
           if (style.name == "title" || lower(id) == "title") return true;
           return std::nullopt;
         }).value_or(false);
}

bool DocxStyles::is_subtitle(const std::string& style_id) const {
  return first_along_chain<bool>(style_id, [](const std::string& id, const Style& style) -> std::optional<bool> {
           if (style.name == "subtitle" || lower(id) == "subtitle") return true;
           return std::nullopt;
         }).value_or(false);
}

bool DocxStyles::is_contents(const std::string& style_id) const {
  return first_along_chain<bool>(style_id, [](const std::string& id, const Style& style) -> std::optional<bool> {
           std::string name = style.name.empty() ? lower(id) : style.name;
           if (name.starts_with("toc ") || name == "toc heading" || lower(id).starts_with("toc") ||
               lower(id) == "contents") {
             return true;
           }
           return std::nullopt;
         }).value_or(false);
}

std::optional<NumberingRef> DocxStyles::numbering(const std::string& style_id) const {
  return first_along_chain<NumberingRef>(style_id, [](const std::string&, const Style& style) { return style.numbering; });
}

std::string DocxStyles::name_of(const std::string& style_id) const {
  auto style = styles_.find(style_id);
  return style == styles_.end() ? std::string() : style->second.name;
}

}  // namespace cdp
