#include "support/html_scan.h"

#include <cctype>

namespace cdp::testing {

namespace {

std::string decode_entities(std::string value) {
  const std::pair<const char*, const char*> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"}};
  for (auto [from, to] : entities) {
    for (std::size_t at = value.find(from); at != std::string::npos; at = value.find(from, at + 1))
      value.replace(at, std::string(from).size(), to);
  }
  return value;
}

}  // namespace

std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
  std::vector<std::string> values;
  std::string needle = " " + name + "=";
  for (std::size_t at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) {
    std::size_t start = at + needle.size();
    if (start >= html.size()) break;
    char quote = html[start];
    if (quote != '"' && quote != '\'') continue;
    std::size_t end = html.find(quote, start + 1);
    if (end == std::string::npos) break;
    values.push_back(decode_entities(html.substr(start + 1, end - start - 1)));
  }
  return values;
}

std::string element_html(const std::string& html, const std::string& tag) {
  std::size_t open = std::string::npos;
  for (std::size_t at = html.find("<" + tag); at != std::string::npos; at = html.find("<" + tag, at + 1)) {
    char next = html[at + tag.size() + 1];
    if (next == '>' || next == ' ') {
      open = at;
      break;
    }
  }
  if (open == std::string::npos) return "";
  std::size_t start = html.find('>', open) + 1;
  std::size_t end = html.find("</" + tag + ">", start);
  return end == std::string::npos ? "" : html.substr(start, end - start);
}

std::string text_of(const std::string& html) {
  std::string text;
  bool in_tag = false, space = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') { in_tag = false; space = true; }
    else if (!in_tag) {
      if (std::isspace(static_cast<unsigned char>(c))) space = true;
      else {
        if (space && !text.empty()) text += ' ';
        space = false;
        text += c;
      }
    }
  }
  return decode_entities(text);
}

}  // namespace cdp::testing
