#include "cli/commands.h"
#include "core/platform.h"

int main(int argc, char** argv) {
  cdp::tune_memory_allocator();
  return cdp::run_cli(argc, argv);
}
