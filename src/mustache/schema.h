#pragma once
// A description of the values a template is given: which names it may look up, what
// each holds, and what it means. cdpsite declares one beside the code that builds the
// values; the theme's templates are checked against it when they are loaded, and the
// web teams' documentation of the values (docs/templates.md) is written from it.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cdp::mustache {

class Schema {
 public:
  enum class Kind {
    kText,  // a string, printed escaped with {{ }}
    kHtml,  // a string of HTML, printed as it is with {{{ }}}
    kFlag,  // true or false, for {{#x}} and {{^x}}
    kList,  // a list of items, each described by item()
    kMap,   // named values, each described by a field
  };
  struct Field;

  static Schema text(std::string about);
  static Schema html(std::string about);
  static Schema flag(std::string about);
  static Schema list(std::string about, Schema item);
  static Schema map(std::string about, std::vector<Field> fields);

  // This map with `fields` added (or replacing those of the same name).
  Schema with(std::vector<Field> fields) const;

  Kind kind() const { return kind_; }
  const std::string& about() const { return about_; }
  // A map's field called `name`, or nullptr.
  const Schema* field(std::string_view name) const;
  const std::vector<Field>& fields() const { return fields_; }
  // A list's item (nullptr for anything but a list).
  const Schema* item() const { return item_.get(); }

 private:
  Schema(Kind kind, std::string about) : kind_(kind), about_(std::move(about)) {}

  Kind kind_;
  std::string about_;                  // one sentence for the documentation
  std::vector<Field> fields_;          // a map's names, in the order they are documented
  std::shared_ptr<const Schema> item_; // a list's item
};

struct Schema::Field {
  std::string name;
  Schema schema;
};

// The listing of `schema`'s fields in Markdown, one line each, nested two spaces per
// level: "- `page.title` (text): the page's title". For docs/templates.md.
std::string describe(const Schema& schema);

}  // namespace cdp::mustache
