#pragma once
// The values a template is rendered with. The render code builds one Value per page
// and the renderer only reads it, by const reference: a list is walked in place, a
// string may be a view of text that outlives the render (a page's body), and a value
// may point at another one that is shared by many pages instead of being copied.
// Lists and maps are shared between copies of a value (building a map from
// {{"key", list}} copies no list) and copied only when a copy is changed.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cdp::mustache {

class Value;

// A map from names to values. Templates' maps have few keys, so they are kept as a
// vector sorted by key: one allocation, and a lookup is a short binary search.
class Map {
 public:
  struct Entry;
  struct Given;

  Map() = default;
  // From {{"key", value}, ...}: the keys and values given are moved in, not copied.
  Map(std::initializer_list<Given> entries);

  // Sets `key` to `value`, replacing what it held.
  Map& set(std::string key, Value value);
  // The value of `key`, added as nothing when there is none (for building a map).
  Value& operator[](std::string_view key);
  // The value of `key`, or nullptr when there is none.
  const Value* find(std::string_view key) const;
  // The value of `key`, which must be there (std::out_of_range when not).
  const Value& at(std::string_view key) const;
  Value* find(std::string_view key);

  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const;
  bool empty() const;

 private:
  std::vector<Entry> entries_;  // sorted by key, keys unique
};

using List = std::vector<Value>;

class Value {
 public:
  // Nothing: what a missing name resolves to. Prints as "", and is false.
  Value() = default;
  Value(bool flag);
  Value(std::string text);
  Value(const char* text);
  // Any other pointer would silently become a bool.
  Value(const void*) = delete;
  Value(List list);
  Value(Map map);

  // A string that is not copied: `text` must outlive every render of this value.
  static Value view(std::string_view text);
  // Another value, read in place: `shared` must outlive every render of this value.
  static Value ref(const Value& shared);

  // What a reference points at (itself when it is not a reference).
  const Value& target() const;

  bool is_null() const { return std::holds_alternative<std::monostate>(target().data_); }
  const bool* as_bool() const { return std::get_if<bool>(&target().data_); }
  const List* as_list() const;
  const Map* as_map() const;
  // For building: the list or map of this value alone (copied first when shared), to
  // change before the value is copied.
  List* as_list();
  Map* as_map();
  // The text of a string (owned or viewed); nullptr for anything else.
  bool is_string() const;
  std::string_view as_string() const;

  // Whether a section over this value is skipped (and an inverted one shown): nothing,
  // false, "" and the empty list, as mstch decided.
  bool is_falsy() const;

 private:
  using Data = std::variant<std::monostate, bool, std::string, std::string_view, std::shared_ptr<List>,
                            std::shared_ptr<Map>, const Value*>;
  Data data_;
};

struct Map::Entry {
  std::string key;
  Value value;
};

// One {"key", value} of a map being built. Mutable, so that the map may move them out of
// the initializer list, whose elements are otherwise const and could only be copied
// (each long string allocated twice, each shared list counted up and down).
struct Map::Given {
  mutable std::string key;
  mutable Value value;
};

// Defined once Map::Entry is complete, which a vector of them needs.
inline std::size_t Map::size() const { return entries_.size(); }
inline bool Map::empty() const { return entries_.empty(); }
inline Value::Value(bool flag) : data_(flag) {}
inline Value::Value(std::string text) : data_(std::move(text)) {}
inline Value::Value(const char* text) : data_(std::string(text)) {}
inline Value::Value(List list) : data_(std::make_shared<List>(std::move(list))) {}
inline Value::Value(Map map) : data_(std::make_shared<Map>(std::move(map))) {}

}  // namespace cdp::mustache
