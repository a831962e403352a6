// Reading a period as councils write it: one reader per accepted form (model/period.h
// lists them) over the tokens of model/period_tokens, each failing with a message that
// says what was expected.
#include <array>
#include <span>
#include <vector>

#include "model/period.h"
#include "model/period_parts.h"
#include "model/period_tokens.h"

namespace cdp {

namespace {

using namespace period_parts;
using namespace period_tokens;

// ---------------------------------------------------------------------------
// Reading what was written: the forms

class PeriodReader {
 public:
  PeriodReader(std::string_view text, DashedYears dashed) : text_(text), dashed_(dashed) {}

  std::optional<Period> read();
  const std::string& problem() const { return problem_; }

 private:
  std::optional<Period> fail(std::string reason) {
    problem_ = std::move(reason);
    return std::nullopt;
  }
  std::optional<Period> not_a_form(Tokens tokens);
  std::string written(Tokens tokens) const;

  std::optional<Period> with_brackets(Tokens tokens, std::size_t open);
  std::optional<Period> after_fy(Tokens tokens);
  std::optional<Period> form(Tokens tokens);

  std::optional<Period> year_alone(Tokens tokens);
  std::optional<Period> slashed_years(Tokens tokens);
  std::optional<Period> dashed_years(Tokens tokens);
  std::optional<Period> years_joined_by_to(Tokens tokens);
  std::optional<Period> years_apart(int start, int end, Tokens tokens);
  std::optional<Period> financial_years(Tokens first, Tokens last, Tokens tokens);
  std::optional<Period> iso_day(Tokens tokens);
  std::optional<Period> numeric_day(Tokens tokens);
  std::optional<Period> day_month_year(Tokens tokens);
  std::optional<Period> month_alone(Tokens tokens);
  std::optional<Period> month_year(Tokens tokens);
  std::optional<Period> quarter(const Token& number, Tokens financial_year);
  std::optional<Period> quarter_without_financial_year(Tokens tokens);
  std::optional<Period> rolling_months(Tokens tokens);
  std::optional<Period> month_range(const Token& from_month, const Token* from_year, const Token& to_month,
                                    const Token& to_year, Tokens tokens);

  std::optional<int> month_or_fail(const Token& word, Tokens tokens);
  std::optional<int> financial_year_or_fail(Tokens financial_year);

  std::string text_;      // what was written, trimmed
  DashedYears dashed_;    // how the field reads "2018-20"
  std::string problem_;   // why it could not be read
  bool baseline_ = false; // written with "baseline" after it
};

// The text of some tokens as written, spaces and all, for messages.
std::string PeriodReader::written(Tokens tokens) const {
  if (tokens.empty()) return "";
  std::size_t begin = tokens.front().begin;
  return text_.substr(begin, tokens.back().end - begin);
}

// Quotes text for a message, cutting very long text at a character boundary.
std::string quoted(std::string_view text) {
  constexpr std::size_t kLongest = 60;
  if (text.size() <= kLongest) return "'" + std::string(text) + "'";
  std::size_t cut = kLongest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return "'" + std::string(text.substr(0, cut)) + "…'";
}

std::optional<Period> PeriodReader::not_a_form(Tokens tokens) {
  std::string what = tokens.empty() ? text_ : written(tokens);
  return fail(quoted(what) + " is not in a form cdpsite knows. " + accepted_period_forms());
}

std::optional<Period> PeriodReader::read() {
  if (text_.empty()) return fail("the period is blank. " + accepted_period_forms());
  std::optional<std::vector<Token>> all = tokenize(text_);
  if (!all) return not_a_form({});
  Tokens tokens = *all;
  if (tokens.size() > 1 && is_word(tokens.back(), "baseline")) {
    baseline_ = true;
    tokens = tokens.first(tokens.size() - 1);
  } else if (tokens.size() > 3 && shape_of(tokens.last(3)) == "(w)" && is_word(tokens[tokens.size() - 2], "baseline")) {
    baseline_ = true;  // "March 2022 (baseline)", as display() writes it
    tokens = tokens.first(tokens.size() - 3);
  }
  std::optional<Period> period;
  if (std::size_t prefix = financial_year_prefix_length(tokens)) {
    period = after_fy(tokens.subspan(prefix));
  } else if (std::size_t open = shape_of(tokens).find('('); open != std::string::npos) {
    period = with_brackets(tokens, open);
  } else {
    period = form(tokens);
  }
  if (!period) return std::nullopt;
  if (!is_real(period->first()) || !is_real(period->last()) || period->first().year < kFirstYear) {
    return fail("the years of a period must be between " + year_text(kFirstYear) + " and 9999");
  }
  return Period(period->kind(), period->first(), period->last(), baseline_);
}

// "FY 2022/23", "financial year 2022-23": only a financial year may follow.
std::optional<Period> PeriodReader::after_fy(Tokens tokens) {
  std::optional<Period> period = form(tokens);
  if (period && period->kind() != PeriodKind::kFinancialYear) {
    return fail("after FY write a financial year, as in FY 2023/24");
  }
  return period;
}

// "October to December 2023 (Q3 2023/24)", the way display() writes a quarter, or the
// other way round: both parts must name the same months, and a quarter in either part
// makes the period a quarter.
std::optional<Period> PeriodReader::with_brackets(Tokens tokens, std::size_t open) {
  bool one_pair_at_the_end = open > 0 && tokens.back().kind == TokenKind::kClose &&
                             shape_of(tokens).find_first_of("()", open + 1) == tokens.size() - 1;
  if (!one_pair_at_the_end) return not_a_form(tokens);
  Tokens outer = tokens.first(open);
  Tokens inner = tokens.subspan(open + 1, tokens.size() - open - 2);
  std::optional<Period> before = form(outer);
  if (!before) return std::nullopt;
  std::optional<Period> within = form(inner);
  if (!within) return std::nullopt;
  if (!(*before == *within)) {
    return fail(quoted(written(outer)) + " and " + quoted(written(inner)) + " in brackets are not the same period");
  }
  return within->kind() == PeriodKind::kQuarter ? within : before;
}

// Chooses the form by the pattern of tokens.
std::optional<Period> PeriodReader::form(Tokens tokens) {
  const std::string shape = shape_of(tokens);
  if (shape == "n") return year_alone(tokens);
  if (shape == "n/n") return slashed_years(tokens);
  if (shape == "n-n") return dashed_years(tokens);
  if (shape == "nwn" && is_word(tokens[1], "to")) return years_joined_by_to(tokens);
  bool two_financial_years = shape.size() == 7 && (shape[1] == '/' || shape[1] == '-') &&
                             (shape[5] == '/' || shape[5] == '-') && shape.starts_with("n") &&
                             shape.substr(2, 3) == "nwn" && shape.ends_with("n");
  if (two_financial_years && is_word(tokens[3], "to")) return financial_years(tokens.first(3), tokens.last(3), tokens);
  if (shape == "n/n-n/n") return financial_years(tokens.first(3), tokens.last(3), tokens);
  if (shape == "nwn") return day_month_year(tokens);
  if (shape == "n-n-n" && is_year(tokens[0])) return iso_day(tokens);
  if (shape == "n-n-n" || shape == "n/n/n") return numeric_day(tokens);
  if (shape == "w") return month_alone(tokens);
  if (shape == "wn") return month_year(tokens);
  if (shape == "wnn" && is_quarter_word(tokens[0])) return quarter_without_financial_year(tokens);
  if ((shape == "wnn/n" || shape == "wnn-n") && is_quarter_word(tokens[0])) {
    return quarter(tokens[1], tokens.subspan(2));
  }
  if ((shape == "wnwn/n" || shape == "wnwn-n") && is_quarter_word(tokens[0]) && is_word(tokens[2], "of")) {
    return quarter(tokens[1], tokens.subspan(3));
  }
  if ((shape == "n/nwn" || shape == "n-nwn") && is_quarter_word(tokens[3])) return quarter(tokens[4], tokens.first(3));
  if (shape == "nwwwn") return rolling_months(tokens);
  if ((shape == "wnwwn" && is_word(tokens[2], "to")) || shape == "wn-wn") {
    return month_range(tokens[0], &tokens[1], tokens[3], tokens[4], tokens);
  }
  if ((shape == "wwwn" && is_word(tokens[1], "to")) || shape == "w-wn") {
    return month_range(tokens[0], nullptr, tokens[2], tokens[3], tokens);
  }
  return not_a_form(tokens);
}

// "2023": a calendar year.
std::optional<Period> PeriodReader::year_alone(Tokens tokens) {
  if (!is_year(tokens[0])) return not_a_form(tokens);
  int year = value_of(tokens[0]);
  return Period(PeriodKind::kCalendarYear, {year, 1, 1}, {year, 12, 31});
}

// "2022/23" or "2022/2023": a financial year, and only that, since "/" is how councils
// write one.
std::optional<Period> PeriodReader::slashed_years(Tokens tokens) {
  if (!is_year(tokens[0])) return not_a_form(tokens);
  int start = value_of(tokens[0]);
  std::optional<int> end = end_year(start, tokens[2]);
  if (!end) return not_a_form(tokens);
  if (*end == start + 1) return financial_year_period(start);
  std::string advice = "; a financial year is written " + financial_year_text(start);
  if (*end == start) return fail(written(tokens) + " starts and ends in the same year" + advice);
  if (*end < start) return fail(written(tokens) + " ends before it starts" + advice);
  return fail(written(tokens) + " spans " + count_in_words(*end - start) + " years" + advice +
              ", and financial years as " + financial_year_text(start) + " to " + financial_year_text(*end - 1));
}

// "2022-23" (years that follow one another: a financial year) or "2018-20", "2018-2020"
// (years further apart: calendar years).
std::optional<Period> PeriodReader::dashed_years(Tokens tokens) {
  if (!is_year(tokens[0])) return not_a_form(tokens);
  int start = value_of(tokens[0]);
  std::optional<int> end = end_year(start, tokens[2]);
  if (!end) return not_a_form(tokens);
  if (*end == start + 1) return financial_year_period(start);
  if (*end > start) return years_apart(start, *end, tokens);
  if (*end == start) {
    return fail(written(tokens) + " starts and ends in the same year; write one year as " + year_text(start));
  }
  int suffix = value_of(tokens[2]);
  if (tokens[2].text.size() == 2 && suffix >= 1 && suffix <= 12) {  // "2024-03", a month in ISO style
    return fail(quoted(written(tokens)) + " looks like a month; write it as " + month_name(suffix) + " " +
                year_text(start));
  }
  return fail(written(tokens) + " ends before it starts");
}

// "2018-20" or "2022-25": calendar years or financial years, as the field reads them.
std::optional<Period> PeriodReader::years_apart(int start, int end, Tokens tokens) {
  std::string calendar = year_text(start) + " to " + year_text(end);
  std::string financial = financial_year_text(start) + " to " + financial_year_text(end - 1);
  switch (dashed_) {
    case DashedYears::kCalendar: return Period(PeriodKind::kYearSpan, {start, 1, 1}, {end, 12, 31});
    case DashedYears::kFinancial: return financial_years_period(start, end - 1);
    case DashedYears::kAsk: break;
  }
  return fail(quoted(written(tokens)) + " could mean the calendar years " + calendar + " or the financial years " +
              financial + ": write \"" + calendar + "\" or \"" + financial + "\"");
}

// "2022/23 to 2024/25": the financial years from the first to the last.
std::optional<Period> PeriodReader::financial_years(Tokens first, Tokens last, Tokens tokens) {
  std::optional<int> from = financial_year_or_fail(first);
  if (!from) return std::nullopt;
  std::optional<int> to = financial_year_or_fail(last);
  if (!to) return std::nullopt;
  if (*to == *from) {
    return fail(quoted(written(tokens)) + " starts and ends in the same year; write one financial year as " +
                financial_year_text(*from));
  }
  if (*to < *from) return fail(quoted(written(tokens)) + " ends before it starts");
  return financial_years_period(*from, *to);
}

// "2018 to 2020": calendar years, even two in a row.
std::optional<Period> PeriodReader::years_joined_by_to(Tokens tokens) {
  if (!is_year(tokens[0]) || !is_year(tokens[2])) return not_a_form(tokens);
  int start = value_of(tokens[0]);
  int end = value_of(tokens[2]);
  if (end == start) {
    return fail(written(tokens) + " starts and ends in the same year; write one year as " + year_text(start));
  }
  if (end < start) return fail(written(tokens) + " ends before it starts");
  return Period(PeriodKind::kYearSpan, {start, 1, 1}, {end, 12, 31});
}

// "2024-03-31", or "2024-3-31" with the month or day unpadded.
std::optional<Period> PeriodReader::iso_day(Tokens tokens) {
  const Token& month = tokens[2];
  const Token& day = tokens[4];
  if (month.text.size() > 2 || day.text.size() > 2) return not_a_form(tokens);
  Date date{value_of(tokens[0]), value_of(month), value_of(day)};
  if (!is_real(date)) return fail(quoted(written(tokens)) + " is not a real date");
  return Period(PeriodKind::kDay, date, date);
}

// "31/03/2024", "31-03-2024" or "2024/03/31": not accepted, because 03/04 is read one
// way in Britain and the other in America; the message shows the same day in the forms
// that are, when it is a real day.
std::optional<Period> PeriodReader::numeric_day(Tokens tokens) {
  Date example{2024, 3, 31};
  Date day_first{value_of(tokens[4]), value_of(tokens[2]), value_of(tokens[0])};
  Date year_first{value_of(tokens[0]), value_of(tokens[2]), value_of(tokens[4])};
  if (is_year(tokens[4]) && is_real(day_first)) example = day_first;
  if (is_year(tokens[0]) && is_real(year_first)) example = year_first;
  return fail("write the day as " + long_date(example) + " or " + iso(example) + ", not " + quoted(written(tokens)));
}

// "31 March 2024".
std::optional<Period> PeriodReader::day_month_year(Tokens tokens) {
  if (tokens[0].text.size() > 2 || !is_year(tokens[2])) return not_a_form(tokens);
  std::optional<int> month = month_or_fail(tokens[1], tokens);
  if (!month) return std::nullopt;
  Date date{value_of(tokens[2]), *month, value_of(tokens[0])};
  if (!is_real(date)) {
    return fail(tokens[0].text + " " + month_name(*month) + " " + tokens[2].text + " is not a real date");
  }
  return Period(PeriodKind::kDay, date, date);
}

// "December" on its own: a near miss when it is a month.
std::optional<Period> PeriodReader::month_alone(Tokens tokens) {
  int month = month_number(tokens[0].text);
  if (month == 0) return not_a_form(tokens);
  return fail(month_name(month) + " needs a year, as in " + month_name(month) + " 2023");
}

// "December 2023", "Dec 2023"; a near miss "Dec 23".
std::optional<Period> PeriodReader::month_year(Tokens tokens) {
  std::optional<int> month = month_or_fail(tokens[0], tokens);
  if (!month) return std::nullopt;
  if (!is_year(tokens[1])) {
    return fail("write the year in full, as in " + month_name(*month) + " 2023, not " + quoted(written(tokens)));
  }
  return month_period(value_of(tokens[1]), *month);
}

// "Q3 2023/24" and its variants: `number` is the quarter, `financial_year` the tokens of
// "2023/24".
std::optional<Period> PeriodReader::quarter(const Token& number, Tokens financial_year) {
  int which = value_of(number);
  if (which < 1 || which > 4) {
    return fail("Q" + number.text +
                " is not a quarter; a financial year has four: Q1 (April to June), Q2 (July to September), "
                "Q3 (October to December) and Q4 (January to March)");
  }
  std::optional<int> start = financial_year_or_fail(financial_year);
  if (!start) return std::nullopt;
  return quarter_period(*start, which);
}

// "Q3 2023", a near miss: quarters are quarters of a financial year (Q3 2023/24 is
// October to December 2023, Q3 2022/23 a year earlier), so one year does not say which.
std::optional<Period> PeriodReader::quarter_without_financial_year(Tokens tokens) {
  if (!is_year(tokens[2])) return not_a_form(tokens);
  int year = value_of(tokens[2]);
  int which = value_of(tokens[1]);
  if (which < 1 || which > 4) return quarter(tokens[1], {});
  Period example = quarter_period(year, which);
  return fail(quoted(written(tokens)) + " does not say which financial year the quarter is in: write, for example, Q" +
              tokens[1].text + " " + financial_year_text(year) + " for " +
              months_in_words(example.first(), example.last()));
}

// "12 months to May 2023", "3 months ending May 2023".
std::optional<Period> PeriodReader::rolling_months(Tokens tokens) {
  bool months_word = is_word(tokens[1], "months") || is_word(tokens[1], "month");
  bool to_word = is_word(tokens[2], "to") || is_word(tokens[2], "ending");
  if (!months_word || !to_word || !is_year(tokens[4]) || tokens[0].text.size() > 3) return not_a_form(tokens);
  std::optional<int> month = month_or_fail(tokens[3], tokens);
  if (!month) return std::nullopt;
  int count = value_of(tokens[0]);
  if (count < 1 || count > 60) {
    return fail(quoted(written(tokens)) + ": a rolling period must be between 1 and 60 months long");
  }
  return rolling_period(count, value_of(tokens[4]), *month);
}

// "April 2023 to March 2025", and "April to June 2023" (`from_year` null) where an end
// month earlier in the year than the start means the start is in the year before
// ("October to March 2024" is October 2023 to March 2024).
std::optional<Period> PeriodReader::month_range(const Token& from_month, const Token* from_year, const Token& to_month,
                                                const Token& to_year, Tokens tokens) {
  if ((from_year && !is_year(*from_year)) || !is_year(to_year)) return not_a_form(tokens);
  std::optional<int> first_month = month_or_fail(from_month, tokens);
  if (!first_month) return std::nullopt;
  std::optional<int> last_month = month_or_fail(to_month, tokens);
  if (!last_month) return std::nullopt;
  int last_year = value_of(to_year);
  int first_year = from_year ? value_of(*from_year) : (*last_month < *first_month ? last_year - 1 : last_year);
  Date first = month_start(first_year, *first_month);
  Date last = month_end(last_year, *last_month);
  if (last < first) return fail(quoted(written(tokens)) + " ends before it starts");
  return Period(PeriodKind::kRange, first, last);
}

// The month a word names, or nullopt after explaining: a suggestion when it looks like a
// misspelt month, and the accepted forms otherwise.
std::optional<int> PeriodReader::month_or_fail(const Token& word, Tokens tokens) {
  if (int month = month_number(word.text)) return month;
  std::string suggestion = suggested_month(word.text);
  if (suggestion.empty()) {
    not_a_form(tokens);
  } else {
    fail("month name not recognised: " + quoted(written(std::span(&word, 1))) + " (did you mean " + suggestion + "?)");
  }
  return std::nullopt;
}

// The year a financial year written "2023/24", "2023-24" or "2023/2024" starts in.
std::optional<int> PeriodReader::financial_year_or_fail(Tokens financial_year) {
  if (!is_year(financial_year[0])) {
    not_a_form(financial_year);
    return std::nullopt;
  }
  int start = value_of(financial_year[0]);
  std::optional<int> end = end_year(start, financial_year[2]);
  if (end && *end == start + 1) return start;
  fail(written(financial_year) + " is not a financial year; a financial year is written " + financial_year_text(start));
  return std::nullopt;
}

// Strips white space, no-break spaces included, from both ends.
std::string trimmed(std::string_view text) {
  while (!text.empty() && space_length(text) > 0) text.remove_prefix(space_length(text));
  while (!text.empty()) {
    std::size_t trailing = text.ends_with("\xC2\xA0") ? 2 : is_ascii_space(text.back()) ? 1 : 0;
    if (trailing == 0) break;
    text.remove_suffix(trailing);
  }
  return std::string(text);
}

}  // namespace

// ---------------------------------------------------------------------------
// Parsing

const std::string& accepted_period_forms() {
  static const std::string forms =
      "Write a month (\"December 2023\" or \"Dec 2023\"), a financial year (\"2022/23\" or \"2022-23\"), "
      "financial years (\"2022/23 to 2024/25\"), a "
      "quarter of a financial year (\"Q3 2023/24\"), a calendar year (\"2023\"), calendar years (\"2018-20\" or "
      "\"2018 to 2020\"), a rolling period (\"12 months to May 2023\"), a range of months (\"April 2023 to March "
      "2025\") or a day (\"31 March 2024\" or \"2024-03-31\"); add \"baseline\" after a baseline's period "
      "(\"March 2022 baseline\").";
  return forms;
}

std::optional<Period> parse_period(std::string_view text, std::string* problem, DashedYears dashed) {
  PeriodReader reader(trimmed(text), dashed);
  std::optional<Period> period = reader.read();
  if (!period && problem) *problem = reader.problem();
  return period;
}

}  // namespace cdp
