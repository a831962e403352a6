#include "mustache/schema.h"

#include <algorithm>

namespace cdp::mustache {

namespace {

std::string_view kind_name(Schema::Kind kind) {
  switch (kind) {
    case Schema::Kind::kText: return "text";
    case Schema::Kind::kHtml: return "HTML";
    case Schema::Kind::kFlag: return "true or false";
    case Schema::Kind::kList: return "list";
    case Schema::Kind::kMap: return "group";
  }
  return "";
}

void describe_fields(const Schema& schema, const std::string& prefix, int depth, std::string& out) {
  for (const Schema::Field& field : schema.fields()) {
    const Schema& value = field.schema;
    std::string name = prefix + field.name;
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += "- `" + name + "` (" + std::string(kind_name(value.kind())) + "): " + value.about() + "\n";
    if (value.kind() == Schema::Kind::kMap) describe_fields(value, name + ".", depth + 1, out);
    if (const Schema* item = value.item(); item && item->kind() == Schema::Kind::kMap) {
      describe_fields(*item, "", depth + 1, out);  // inside {{#list}}, an item's names stand alone
    }
  }
}

}  // namespace

Schema Schema::text(std::string about) { return Schema(Kind::kText, std::move(about)); }
Schema Schema::html(std::string about) { return Schema(Kind::kHtml, std::move(about)); }
Schema Schema::flag(std::string about) { return Schema(Kind::kFlag, std::move(about)); }

Schema Schema::list(std::string about, Schema item) {
  Schema schema(Kind::kList, std::move(about));
  schema.item_ = std::make_shared<const Schema>(std::move(item));
  return schema;
}

Schema Schema::map(std::string about, std::vector<Field> fields) {
  Schema schema(Kind::kMap, std::move(about));
  return schema.with(std::move(fields));
}

Schema Schema::with(std::vector<Field> fields) const {
  Schema schema = *this;
  for (Field& field : fields) {
    auto same = std::find_if(schema.fields_.begin(), schema.fields_.end(),
                             [&](const Field& existing) { return existing.name == field.name; });
    if (same != schema.fields_.end()) {
      same->schema = std::move(field.schema);
    } else {
      schema.fields_.push_back(std::move(field));
    }
  }
  return schema;
}

const Schema* Schema::field(std::string_view name) const {
  auto it = std::find_if(fields_.begin(), fields_.end(), [&](const Field& field) { return field.name == name; });
  return it == fields_.end() ? nullptr : &it->schema;
}

std::string describe(const Schema& schema) {
  std::string out;
  describe_fields(schema, "", 0, out);
  return out;
}

}  // namespace cdp::mustache
