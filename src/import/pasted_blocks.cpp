#include "import/pasted_blocks.h"

#include <algorithm>
#include <cctype>

#include <Poco/JSON/Parser.h>

namespace cdp {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// Deeper lists or quotes than this are flattened: no document nests further, and a
// hostile clipboard cannot exhaust the stack.
constexpr int kMaxDepth = 8;

// Characters that would start Markdown inside text.
std::string escaped(std::string_view text, bool in_table) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (std::string_view("\\`*_[]<>{}").find(c) != std::string_view::npos || (in_table && c == '|')) out += '\\';
    out += c;
  }
  return out;
}

// A line that would be read as a heading, a quote, a list item or a rule starts with a
// backslash.
std::string guarded_line_start(std::string text) {
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  text.erase(0, first);
  char c = text[0];
  std::size_t digits = text.find_first_not_of("0123456789");
  bool numbered = digits > 0 && digits != std::string::npos && (text[digits] == '.' || text[digits] == ')');
  if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '~' || numbered) {
    text.insert(numbered ? digits : 0, "\\");
  }
  return text;
}

bool safe_address(const std::string& address) {
  std::string lower = address;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  std::size_t colon = lower.find(':');
  std::size_t slash = lower.find_first_of("/?#");
  bool has_scheme = colon != std::string::npos && (slash == std::string::npos || colon < slash);
  if (!has_scheme) return !address.empty();
  return lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:");
}

std::string inline_markdown(const Array::Ptr& inlines, bool in_table) {
  std::string out;
  if (!inlines) return out;
  for (std::size_t i = 0; i < inlines->size(); ++i) {
    Object::Ptr piece = inlines->getObject(static_cast<unsigned>(i));
    if (!piece) continue;
    std::string text = escaped(piece->optValue<std::string>("text", ""), in_table);
    if (text.find_first_not_of(' ') == std::string::npos) {
      out += text;
      continue;
    }
    // Marks go around the words, not their spaces ("** bold**" is not bold).
    std::size_t begin = text.find_first_not_of(' ');
    std::size_t end = text.find_last_not_of(' ') + 1;
    std::string words = text.substr(begin, end - begin);
    if (piece->optValue<bool>("italic", false)) words = "*" + words + "*";
    if (piece->optValue<bool>("bold", false)) words = "**" + words + "**";
    std::string link = piece->optValue<std::string>("link", "");
    if (safe_address(link) && link.find_first_of(" <>()\n") == std::string::npos) words = "[" + words + "](" + link + ")";
    out += text.substr(0, begin) + words + text.substr(end);
  }
  // Runs of spaces (Word's layout) read as one.
  out.erase(std::unique(out.begin(), out.end(), [](char a, char b) { return a == ' ' && b == ' '; }), out.end());
  std::size_t last = out.find_last_not_of(' ');
  return last == std::string::npos ? "" : out.substr(0, last + 1);
}

class Writer {
 public:
  std::string write(const Array::Ptr& blocks) {
    blocks_(blocks, "", 0);
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return out_.empty() ? out_ : out_ + "\n";
  }

 private:
  std::string out_;
  int last_heading_ = 1;  // the page's title is its heading of level 1
  int first_level_ = 0;   // the pasted text's highest heading level, once seen

  void line(const std::string& prefix, const std::string& text) { out_ += prefix + text + "\n"; }
  void gap(const std::string& prefix) {
    if (!out_.empty() && !out_.ends_with("\n\n")) {
      std::string trimmed = prefix;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
      out_ += trimmed + "\n";
    }
  }

  void blocks_(const Array::Ptr& blocks, const std::string& prefix, int depth) {
    if (!blocks) return;
    for (std::size_t i = 0; i < blocks->size(); ++i) {
      Object::Ptr block = blocks->getObject(static_cast<unsigned>(i));
      if (block) block_(*block, prefix, depth);
    }
  }

  int heading_level(int written) {
    written = std::clamp(written, 1, 6);
    if (first_level_ == 0) first_level_ = written;
    int level = std::clamp(written - first_level_ + 2, 2, 6);
    level = std::min(level, last_heading_ + 1);  // never skip a level
    last_heading_ = level;
    return level;
  }

  void block_(const Object& block, const std::string& prefix, int depth) {
    std::string kind = block.optValue<std::string>("kind", "paragraph");
    if (kind == "list" && depth < kMaxDepth) {
      list(block, prefix, depth);
    } else if (kind == "table") {
      table(block, prefix);
    } else if (kind == "quote" && depth < kMaxDepth) {
      gap(prefix);
      blocks_(block.getArray("blocks"), prefix + "> ", depth + 1);
    } else if (kind == "quote") {
      blocks_(block.getArray("blocks"), prefix, depth);
    } else if (kind == "list") {
      Array::Ptr items = block.getArray("items");
      for (std::size_t i = 0; items && i < items->size(); ++i) {
        blocks_(items->getArray(static_cast<unsigned>(i)), prefix, depth);
      }
    } else {
      std::string text = inline_markdown(block.getArray("inlines"), false);
      if (text.empty()) return;
      gap(prefix);
      if (kind == "heading") {
        line(prefix, std::string(static_cast<std::size_t>(heading_level(block.optValue<int>("level", 2))), '#') + " " + text);
      } else {
        line(prefix, guarded_line_start(text));
      }
    }
  }

  void list(const Object& block, const std::string& prefix, int depth) {
    Array::Ptr items = block.getArray("items");
    if (!items) return;
    bool ordered = block.optValue<bool>("ordered", false);
    gap(prefix);
    for (std::size_t i = 0; i < items->size(); ++i) {
      std::string marker = ordered ? std::to_string(i + 1) + ". " : "- ";
      Array::Ptr item = items->getArray(static_cast<unsigned>(i));
      // The item's blocks, then its first line given the marker and the rest indented.
      Writer nested;
      nested.last_heading_ = last_heading_;
      nested.first_level_ = first_level_;
      nested.blocks_(item, "", depth + 1);
      last_heading_ = nested.last_heading_;
      first_level_ = nested.first_level_;
      std::string body = nested.out_;
      while (!body.empty() && body.back() == '\n') body.pop_back();
      if (body.empty()) continue;
      std::string indent(marker.size(), ' ');
      std::size_t start = 0;
      bool first = true;
      while (start <= body.size()) {
        std::size_t end = std::min(body.find('\n', start), body.size());
        std::string text = body.substr(start, end - start);
        out_ += prefix + (first ? marker : text.empty() ? "" : indent) + text + "\n";
        first = false;
        start = end + 1;
      }
    }
  }

  void table(const Object& block, const std::string& prefix) {
    Array::Ptr rows = block.getArray("rows");
    if (!rows || rows->size() == 0) return;
    std::size_t columns = 0;
    for (std::size_t r = 0; r < rows->size(); ++r) {
      if (Array::Ptr row = rows->getArray(static_cast<unsigned>(r))) columns = std::max(columns, row->size());
    }
    if (columns == 0) return;
    gap(prefix);
    for (std::size_t r = 0; r < rows->size(); ++r) {
      Array::Ptr row = rows->getArray(static_cast<unsigned>(r));
      std::string text = "|";
      for (std::size_t c = 0; c < columns; ++c) {
        std::string cell = row && c < row->size() ? inline_markdown(row->getArray(static_cast<unsigned>(c)), true) : "";
        text += " " + (cell.empty() && r == 0 ? "Column " + std::to_string(c + 1) : cell) + " |";
      }
      line(prefix, text);
      if (r == 0) {
        std::string rule = "|";
        for (std::size_t c = 0; c < columns; ++c) rule += " --- |";
        line(prefix, rule);
      }
    }
  }
};

// How deeply the JSON's arrays and objects nest (outside its strings).
std::size_t nesting_of(std::string_view json) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

// The tree's own nesting (a list in a list item is four levels of JSON) and more: a
// hostile clipboard never makes the JSON parser recurse without end.
constexpr std::size_t kMaxJsonDepth = 4 * kMaxDepth + 16;

}  // namespace

std::optional<std::string> markdown_from_pasted_blocks(std::string_view json) {
  if (nesting_of(json) > kMaxJsonDepth) return std::nullopt;
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var parsed = parser.parse(std::string(json));
    Object::Ptr root = parsed.extract<Object::Ptr>();
    Array::Ptr blocks = root ? root->getArray("blocks") : nullptr;
    if (!blocks) return std::nullopt;
    return Writer().write(blocks);
  } catch (const Poco::Exception&) {
    return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace cdp
