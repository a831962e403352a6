#include "render/markdown_arena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace cdp {

namespace {

constexpr std::size_t kAlignment = 16;             // as malloc's, for any type cmark-gfm stores
constexpr std::size_t kHeader = kAlignment;        // each block's size, kept just before it
constexpr std::size_t kBlockSize = 256 * 1024;     // one page of usual length fits in a block or two
constexpr std::size_t kBlocksKept = 4;             // kept between pages; more are given back

std::size_t rounded_up(std::size_t size) { return (size + kAlignment - 1) / kAlignment * kAlignment; }

struct Block {
  std::unique_ptr<char[]> bytes;
  std::size_t size = 0;
};

// One thread's arena: blocks filled in turn, the last one being filled at `used`.
struct Arena {
  std::vector<Block> blocks;
  std::size_t current = 0;  // the block being filled
  std::size_t used = 0;     // bytes used in it
  std::size_t in_use = 0;   // bytes handed out since the outermost scope began
  char* last = nullptr;     // the most recent allocation, which can grow or be taken back in place
  int depth = 0;            // scopes open on this thread

  std::size_t& size_of(char* data) { return *reinterpret_cast<std::size_t*>(data - kHeader); }

  // A fresh block, or the next one kept, with room for `needed` bytes.
  void move_to_block_with_room(std::size_t needed) {
    for (std::size_t next = blocks.empty() ? 0 : current + 1; next < blocks.size(); ++next) {
      if (blocks[next].size >= needed) {
        current = next;
        used = 0;
        return;
      }
    }
    std::size_t size = std::max(kBlockSize, needed);
    // operator new gives 16-byte alignment, as malloc does.
    blocks.push_back({std::unique_ptr<char[]>(new char[size]), size});
    current = blocks.size() - 1;
    used = 0;
  }

  char* allocate(std::size_t size) {
    std::size_t needed = kHeader + rounded_up(std::max<std::size_t>(size, 1));
    if (blocks.empty() || blocks[current].size - used < needed) move_to_block_with_room(needed);
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
    std::size_t start = static_cast<std::size_t>(data - blocks[current].bytes.get()) - kHeader;
    std::size_t needed = kHeader + rounded_up(std::max<std::size_t>(size, 1));
    if (start + needed > blocks[current].size) return false;
    in_use = in_use - (used - start) + needed;
    used = start + needed;
    size_of(data) = size;
    return true;
  }

  void release(char* data) {
    if (data != last) return;  // the rest is given back when the scope ends
    std::size_t start = static_cast<std::size_t>(data - blocks[current].bytes.get()) - kHeader;
    in_use -= used - start;
    used = start;
    last = nullptr;
  }

  void reset() {
    // Kept for the next page; a page that needed many more gives them back.
    if (blocks.size() > kBlocksKept) blocks.resize(kBlocksKept);
    current = 0;
    used = 0;
    in_use = 0;
    last = nullptr;
  }
};

thread_local Arena arena;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > static_cast<std::size_t>(-1) / 2 / size) std::abort();  // as cmark-gfm does when out of memory
  char* data = arena.allocate(count * size);
  std::memset(data, 0, count * size);
  return data;
}

void* arena_realloc(void* pointer, std::size_t size) {
  if (size > static_cast<std::size_t>(-1) / 2) std::abort();
  char* data = static_cast<char*>(pointer);
  if (!data) return arena.allocate(size);
  if (arena.grows_in_place(data, size)) return data;
  std::size_t old_size = arena.size_of(data);
  char* moved = arena.allocate(size);
  std::memcpy(moved, data, std::min(old_size, size));
  return moved;
}

void arena_free(void* pointer) {
  if (pointer) arena.release(static_cast<char*>(pointer));
}

cmark_mem arena_allocator{arena_calloc, arena_realloc, arena_free};

}  // namespace

MarkdownArenaScope::MarkdownArenaScope() { ++arena.depth; }

MarkdownArenaScope::~MarkdownArenaScope() {
  if (--arena.depth == 0) arena.reset();
}

cmark_mem* MarkdownArenaScope::allocator() { return &arena_allocator; }

std::size_t MarkdownArenaScope::bytes_in_use() { return arena.in_use; }

}  // namespace cdp
