#pragma once
// Memory for cmark-gfm while it parses and renders one piece of Markdown: taken from
// large blocks kept by each thread, and given back all at once when the piece is done.
// cmark-gfm allocates and frees a small block for every node and run of text, and on a
// large site that was a quarter of a build's instructions, in malloc and free. Its own
// arena allocator is one for the whole process, so it cannot serve pages rendered on
// several threads at once.
#include <cstddef>
#include <memory>

#include <cmark-gfm.h>

namespace cdp {

// While one lives, the thread's cmark-gfm allocations made through allocator() come
// from its arena; when the outermost one on a thread ends, they are all released.
// allocator() serves only inside a scope.
// Everything cmark-gfm made with it (parsers, nodes, rendered text) must be freed or
// copied out before then.
class MarkdownArenaScope {
 public:
  MarkdownArenaScope();
  ~MarkdownArenaScope();
  MarkdownArenaScope(const MarkdownArenaScope&) = delete;
  MarkdownArenaScope& operator=(const MarkdownArenaScope&) = delete;

  // The cmark-gfm allocator for this thread's arena. Valid only inside a scope.
  static cmark_mem* allocator();
  // Bytes handed out on this thread since its outermost scope began (for tests).
  static std::size_t bytes_in_use();

  struct Arena;

 private:
  std::unique_ptr<Arena> owned_;  // the outermost scope's arena; null in a nested scope
};

}  // namespace cdp
