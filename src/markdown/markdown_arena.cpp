#include "markdown/markdown_arena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace cdp {

namespace {

constexpr std::size_t kAlignment = 16;             // as malloc's, for any type cmark-gfm stores
constexpr std::size_t kHeader = kAlignment;        // each block's size, kept just before it
// Below malloc's threshold for mapping memory of its own, so that a block given back
// when a page is done is reused by the next page, not returned to the system.
constexpr std::size_t kBlockSize = 64 * 1024;

// The bytes an allocation of `size` takes in a block, its header included.
std::size_t footprint(std::size_t size) {
  std::size_t rounded = (std::max<std::size_t>(size, 1) + kAlignment - 1) / kAlignment * kAlignment;
  return kHeader + rounded;
}

struct Block {
  std::unique_ptr<char[]> bytes;
  std::size_t size = 0;
};

}  // namespace

// The arena of one outermost scope: blocks filled in turn, the last one being filled at `used`.
struct MarkdownArenaScope::Arena {
  std::vector<Block> blocks;
  std::size_t current = 0;  // the block being filled
  std::size_t used = 0;     // bytes used in it
  std::size_t in_use = 0;   // bytes handed out since the outermost scope began
  char* last = nullptr;     // the most recent allocation, which can grow or be taken back in place

  std::size_t& size_of(char* data) { return *reinterpret_cast<std::size_t*>(data - kHeader); }
  // Where the allocation `data`, in the current block, starts (its header included).
  std::size_t start_of(char* data) { return static_cast<std::size_t>(data - blocks[current].bytes.get()) - kHeader; }

  // A fresh block with room for `needed` bytes, to be filled from now on.
  void add_block(std::size_t needed) {
    std::size_t size = std::max(kBlockSize, needed);
    // operator new gives 16-byte alignment, as malloc does.
    blocks.push_back({std::unique_ptr<char[]>(new char[size]), size});
    current = blocks.size() - 1;
    used = 0;
  }

  char* allocate(std::size_t size) {
    std::size_t needed = footprint(size);
    if (blocks.empty() || blocks[current].size - used < needed) add_block(needed);
    char* data = blocks[current].bytes.get() + used + kHeader;
    used += needed;
    in_use += needed;
    size_of(data) = size;
    last = data;
    return data;
  }

  // Whether `data`, the last allocation, can become `size` bytes where it is.
  bool grows_in_place(char* data, std::size_t size) {
    if (data != last) return false;
    std::size_t start = start_of(data);
    std::size_t needed = footprint(size);
    if (start + needed > blocks[current].size) return false;
    in_use = in_use - (used - start) + needed;
    used = start + needed;
    size_of(data) = size;
    return true;
  }

  void release(char* data) {
    if (data != last) return;  // the rest is given back when the scope ends
    std::size_t start = start_of(data);
    in_use -= used - start;
    used = start;
    last = nullptr;
  }
};

namespace {

// The arena of the thread's outermost scope, or null. A plain pointer: MinGW runs the
// destructors of thread_local objects after their storage is gone, so the arena is
// owned by its scope, not by the thread.
thread_local MarkdownArenaScope::Arena* active = nullptr;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > static_cast<std::size_t>(-1) / 2 / size) std::abort();  // as cmark-gfm does when out of memory
  char* data = active->allocate(count * size);
  std::memset(data, 0, count * size);
  return data;
}

void* arena_realloc(void* pointer, std::size_t size) {
  if (size > static_cast<std::size_t>(-1) / 2) std::abort();
  char* data = static_cast<char*>(pointer);
  if (!data) return active->allocate(size);
  if (active->grows_in_place(data, size)) return data;
  std::size_t old_size = active->size_of(data);
  char* moved = active->allocate(size);
  std::memcpy(moved, data, std::min(old_size, size));
  return moved;
}

void arena_free(void* pointer) {
  if (pointer) active->release(static_cast<char*>(pointer));
}

cmark_mem arena_allocator{arena_calloc, arena_realloc, arena_free};

}  // namespace

MarkdownArenaScope::MarkdownArenaScope() {
  if (active) return;  // inside another scope on this thread: its arena serves both
  owned_ = std::make_unique<Arena>();
  active = owned_.get();
}

MarkdownArenaScope::~MarkdownArenaScope() {
  if (owned_) active = nullptr;
}

cmark_mem* MarkdownArenaScope::allocator() { return &arena_allocator; }

std::size_t MarkdownArenaScope::bytes_in_use() { return active ? active->in_use : 0; }

}  // namespace cdp
