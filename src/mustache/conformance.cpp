#include "mustache/conformance.h"

namespace cdp::mustache {

namespace {

std::string kind_of(const Value& value) {
  if (value.is_string()) return "text";
  if (value.as_bool()) return "true or false";
  if (value.as_list()) return "list";
  if (value.as_map()) return "map";
  return "nothing";
}

bool matches(const Value& value, Schema::Kind kind) {
  switch (kind) {
    case Schema::Kind::kText:
    case Schema::Kind::kHtml: return value.is_string();
    case Schema::Kind::kFlag: return value.as_bool() != nullptr;
    case Schema::Kind::kList: return value.as_list() != nullptr;
    case Schema::Kind::kMap: return value.as_map() != nullptr;
  }
  return false;
}

std::string expected(Schema::Kind kind) {
  switch (kind) {
    case Schema::Kind::kText:
    case Schema::Kind::kHtml: return "text";
    case Schema::Kind::kFlag: return "true or false";
    case Schema::Kind::kList: return "list";
    case Schema::Kind::kMap: return "map";
  }
  return "";
}

void compare(const Value& value, const Schema& schema, const std::string& where, std::vector<std::string>& out) {
  if (!matches(value, schema.kind())) {
    out.push_back(where + ": " + kind_of(value) + " where the schema says " + expected(schema.kind()));
    return;
  }
  if (const Map* map = value.as_map()) {
    for (const Map::Entry& entry : map->entries()) {
      std::string name = where.empty() ? entry.key : where + "." + entry.key;
      if (const Schema* field = schema.field(entry.key)) {
        compare(entry.value, *field, name, out);
      } else {
        out.push_back(name + ": not described");
      }
    }
  } else if (const List* list = value.as_list()) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      compare((*list)[i], *schema.item(), where + "[" + std::to_string(i) + "]", out);
    }
  }
}

}  // namespace

std::vector<std::string> departures(const Value& value, const Schema& schema) {
  std::vector<std::string> found;
  compare(value, schema, "", found);
  return found;
}

}  // namespace cdp::mustache
