// The names Windows web servers cannot hold, and letter case as Windows compares it.
#include "routes/windows_names.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::string what(std::string_view name) { return windows_name_problem(name).what; }

TEST(WindowsNames, OrdinaryNamesAreFine) {
  for (std::string_view name : {"index.html", "annual-report-2024", "Café – report", "console", "com10", "lpt0",
                                "auxiliary.css", "nul-points", ".well-known", "a.b.c"}) {
    EXPECT_EQ(what(name), "") << name;
  }
}

TEST(WindowsNames, DeviceNamesInAnyCaseWithOrWithoutAnExtension) {
  for (std::string_view name : {"CON", "con", "Prn", "aux", "NUL", "nul.txt", "COM1", "com9.html", "LPT1", "lpt9",
                                "aux.tar.gz", "NUL .txt"}) {
    EXPECT_EQ(what(name), "\"" + std::string(name) + "\" is a name Windows keeps for a device") << name;
  }
  EXPECT_EQ(windows_name_problem("con").fix,
            "choose another name: CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 cannot be used, in any case and "
            "with or without an extension");
}

TEST(WindowsNames, TrailingDotOrSpace) {
  EXPECT_EQ(what("notes."), "\"notes.\" ends in a dot, which Windows drops");
  EXPECT_EQ(windows_name_problem("notes.").fix, "remove the dot at the end");
  EXPECT_EQ(what("notes "), "\"notes \" ends in a space, which Windows drops");
  EXPECT_EQ(windows_name_problem("notes ").fix, "remove the space at the end");
}

TEST(WindowsNames, ForbiddenCharacters) {
  for (char c : std::string_view("<>:\"|?*\\")) {
    std::string name = std::string("a") + c + "b";
    EXPECT_EQ(what(name), "\"" + name + "\" holds a " + std::string(1, c) + ", which Windows does not allow in a name");
  }
}

TEST(WindowsNames, ControlCharactersAreNamedNotPrinted) {
  EXPECT_EQ(what("a\tb"), "\"a[U+0009]b\" holds an invisible control character (U+0009)");
  EXPECT_EQ(what("x\x1b[31m"), "\"x[U+001B][31m\" holds an invisible control character (U+001B)");
  EXPECT_EQ(what("del\x7f"), "\"del[U+007F]\" holds an invisible control character (U+007F)");
  EXPECT_EQ(printable_name("plain"), "plain");
}

TEST(WindowsNames, FoldCaseAsWindowsCompares) {
  EXPECT_EQ(fold_case("Annual-Report/index.html"), "ANNUAL-REPORT/INDEX.HTML");
  EXPECT_EQ(fold_case("café àþ"), "CAFÉ ÀÞ");
  EXPECT_EQ(fold_case("×"), "×") << "the multiplication sign has no upper case";
  EXPECT_EQ(fold_case("– £5 \xff\xc3"), "– £5 \xff\xc3") << "other characters and stray bytes are left as they are";
}

// Names Windows holds as one file: the same after folding, on Linux and on Windows.
TEST(WindowsNames, FoldCaseBeyondLatin1) {
  EXPECT_EQ(fold_case("Ωmega"), fold_case("ωmega")) << "Greek";
  EXPECT_EQ(fold_case("Отчёт"), fold_case("отчёт")) << "Cyrillic";
  EXPECT_EQ(fold_case("ՀԱՅ"), fold_case("հայ")) << "Armenian";
  EXPECT_EQ(fold_case("Ǆ"), fold_case("ǆ")) << "Latin Extended-B";
  EXPECT_EQ(fold_case("ΣΟΦΟΣ"), fold_case("σοφος")) << "final sigma too";
}

TEST(WindowsNames, FoldCaseHasOnlyOneToOneMappings) {
  EXPECT_NE(fold_case("straße"), fold_case("STRASSE")) << "no ß to SS";
  EXPECT_EQ(fold_case("ß"), "ß");
  EXPECT_NE(fold_case("ı"), fold_case("I")) << "no Turkish dotless i";
  EXPECT_NE(fold_case("i"), fold_case("İ")) << "no Turkish dotted capital I";
  EXPECT_NE(fold_case("ſ"), fold_case("S")) << "long s stays";
  EXPECT_EQ(fold_case("𐐨"), "𐐨") << "beyond the Basic Multilingual Plane, as Windows: unchanged";
}

}  // namespace
}  // namespace cdp
