#include "cli/commands.h"

int main(int argc, char** argv) { return cdp::run_cli(argc, argv); }
