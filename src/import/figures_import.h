#pragma once
// A Fingertips download turned into one partnership's figures: the rows of its areas
// become its values (a blank value a missing one, with the Value note as the reason,
// never 0), England's rows the England comparator, its parent area's the region
// comparator, "Compared to ..." the judgements in words, "Recent Trend" the trend, and
// rows by sex, age or category its breakdowns. Rows of other areas are skipped, and
// counted.
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "model/cdp.h"

namespace cdp {

// What the import reads for: the partnership's areas and its metrics by indicator.
struct FiguresTarget {
  std::set<std::string> area_codes;                        // its areas' ONS codes
  std::map<int, const MetricDefinition*> metrics;          // by Fingertips indicator id
  std::string file;                                        // the file as shown, for positions
};

// What a file gave.
struct FiguresImport {
  std::map<std::string, MetricSeries> series;              // by metric id
  std::map<int, std::string> unmatched;                    // indicators of its areas with no metric: id -> name
  std::map<std::string, int> skipped;                      // why rows were skipped -> how many
  std::map<std::string, std::string> areas_in_file;        // every area of the file: code -> name
  int rows = 0;                                            // rows read (not the header)
};

// Opens the file afresh (it is read twice: first for its areas' parents, then whole).
using OpenFile = std::function<std::unique_ptr<std::istream>()>;

// Reads a Fingertips download for `target`; nullopt with `problem` set at the first
// problem (a row that cannot be read, or two rows giving different figures for one).
std::optional<FiguresImport> import_fingertips(const OpenFile& open, const FiguresTarget& target, CsvProblem& problem);

}  // namespace cdp
