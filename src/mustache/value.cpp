#include "mustache/value.h"

#include <algorithm>
#include <stdexcept>

namespace cdp::mustache {

namespace {

bool key_less(const Map::Entry& entry, std::string_view key) { return entry.key < key; }

}  // namespace

Map::Map(std::initializer_list<Given> entries) {
  // Sorted once, not kept sorted entry by entry: every page's values are built so. An
  // insertion sort, stable and in place: a map has a few keys, and std::stable_sort
  // would allocate a buffer for each.
  entries_.reserve(entries.size());
  for (const Given& given : entries) {
    entries_.push_back(Entry{std::move(given.key), std::move(given.value)});
    for (std::size_t at = entries_.size() - 1; at > 0 && entries_[at].key < entries_[at - 1].key; --at) {
      std::swap(entries_[at], entries_[at - 1]);
    }
  }
  // A key given twice holds its last value, as set() would leave it.
  auto kept = entries_.begin();
  for (auto at = entries_.begin(); at != entries_.end(); ++at) {
    if (std::next(at) != entries_.end() && std::next(at)->key == at->key) continue;
    if (kept != at) *kept = std::move(*at);
    ++kept;
  }
  entries_.erase(kept, entries_.end());
}

Map& Map::set(std::string key, Value value) {
  auto at = std::lower_bound(entries_.begin(), entries_.end(), key, key_less);
  if (at != entries_.end() && at->key == key) {
    at->value = std::move(value);
  } else {
    entries_.insert(at, Entry{std::move(key), std::move(value)});
  }
  return *this;
}

Value& Map::operator[](std::string_view key) {
  auto at = std::lower_bound(entries_.begin(), entries_.end(), key, key_less);
  if (at == entries_.end() || at->key != key) at = entries_.insert(at, Entry{std::string(key), Value()});
  return at->value;
}

const Value* Map::find(std::string_view key) const {
  auto at = std::lower_bound(entries_.begin(), entries_.end(), key, key_less);
  return at != entries_.end() && at->key == key ? &at->value : nullptr;
}

const Value& Map::at(std::string_view key) const {
  const Value* value = find(key);
  if (!value) throw std::out_of_range("no value called " + std::string(key));
  return *value;
}

Value* Map::find(std::string_view key) { return const_cast<Value*>(std::as_const(*this).find(key)); }

Value Value::view(std::string_view text) {
  Value value;
  value.data_ = text;
  return value;
}

Value Value::ref(const Value& shared) {
  Value value;
  value.data_ = &shared.target();
  return value;
}

const Value& Value::target() const {
  const Value* const* shared = std::get_if<const Value*>(&data_);
  return shared ? **shared : *this;
}

namespace {

// What `data` shares, or nullptr when it holds something else.
template <class Shared, class Data>
const Shared* shared_in(const Data& data) {
  const std::shared_ptr<Shared>* shared = std::get_if<std::shared_ptr<Shared>>(&data);
  return shared ? shared->get() : nullptr;
}

// The same, made this value's own first when another value shares it.
template <class Shared, class Data>
Shared* own_in(Data& data) {
  std::shared_ptr<Shared>* shared = std::get_if<std::shared_ptr<Shared>>(&data);
  if (!shared) return nullptr;
  if (shared->use_count() > 1) *shared = std::make_shared<Shared>(**shared);
  return shared->get();
}

}  // namespace

const List* Value::as_list() const { return shared_in<List>(target().data_); }
const Map* Value::as_map() const { return shared_in<Map>(target().data_); }
// Through a reference, what it points at (which is not copied: it is shared on purpose).
List* Value::as_list() {
  return std::holds_alternative<const Value*>(data_) ? const_cast<List*>(std::as_const(*this).as_list())
                                                     : own_in<List>(data_);
}
Map* Value::as_map() {
  return std::holds_alternative<const Value*>(data_) ? const_cast<Map*>(std::as_const(*this).as_map())
                                                     : own_in<Map>(data_);
}

bool Value::is_string() const {
  const Data& data = target().data_;
  return std::holds_alternative<std::string>(data) || std::holds_alternative<std::string_view>(data);
}

std::string_view Value::as_string() const {
  const Data& data = target().data_;
  if (const std::string* owned = std::get_if<std::string>(&data)) return *owned;
  if (const std::string_view* viewed = std::get_if<std::string_view>(&data)) return *viewed;
  return {};
}

bool Value::is_falsy() const {
  if (is_null()) return true;
  if (const bool* flag = as_bool()) return !*flag;
  if (const List* list = as_list()) return list->empty();
  return is_string() && as_string().empty();
}

}  // namespace cdp::mustache
