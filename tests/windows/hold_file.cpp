// Holds a file or folder open with no sharing, as an editor, OneDrive or antivirus can,
// for scripts/test-windows (cross-built only for that test):
//   hold_file PATH SECONDS READY
// opens PATH, creates the file READY once it holds PATH, waits SECONDS, then lets go.
#include <windows.h>

#include <cwchar>
#include <cstdio>

int wmain(int argc, wchar_t** argv) {
  if (argc != 4) {
    std::fputs("usage: hold_file PATH SECONDS READY\n", stderr);
    return 2;
  }
  // No FILE_SHARE_* at all: every other open, rename or delete of PATH fails with a
  // sharing violation while this handle lives. BACKUP_SEMANTICS lets PATH be a folder.
  HANDLE held = CreateFileW(argv[1], GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
  if (held == INVALID_HANDLE_VALUE) {
    std::fprintf(stderr, "hold_file: cannot open %ls (error %lu)\n", argv[1], GetLastError());
    return 1;
  }
  HANDLE ready = CreateFileW(argv[3], GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
  if (ready != INVALID_HANDLE_VALUE) CloseHandle(ready);
  Sleep(static_cast<DWORD>(std::wcstod(argv[2], nullptr) * 1000));
  CloseHandle(held);
  return 0;
}
