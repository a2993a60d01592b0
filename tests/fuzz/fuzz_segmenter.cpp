// libFuzzer target over the segmenter and its date reader. The first byte picks the Document's
// shape (format, which metadata fields it carries, a capture time for relative dates); the rest
// is the text, whose lines go through Segmenter::segment and, one by one, through every function
// of <akhbar/dates.h> against a fixed `now`. Checks: no crash, found dates inside their line and
// ISO-shaped, and the segmenter's accounting (every non-blank line gets a label).
#include <akhbar/dates.h>
#include <akhbar/normalizer.h>
#include <akhbar/segmenter.h>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// The fixed reference time for relative dates ("منذ 3 ساعات", "أمس").
const std::optional<std::string>& fixed_now() {
  static const std::optional<std::string> now = "2024-07-23T10:00:00+03:00";
  return now;
}

const akhbar::Segmenter& segmenter() {
  static const akhbar::Segmenter s = [] {
    auto r = akhbar::Segmenter::create();
    if (!r) std::abort();
    return std::move(r).value();
  }();
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// YYYY-MM-DD, optionally followed by THH:MM[:SS][zone]: the shape every date of the record has.
bool iso_shaped(std::string_view s) {
  if (s.size() < 10) return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!is_digit(s[i])) return false;
  if (s[4] != '-' || s[7] != '-') return false;
  return s.size() == 10 || (s.size() >= 16 && s[10] == 'T' && is_digit(s[11]) && s[13] == ':');
}

void check_found(const std::optional<akhbar::FoundDate>& d, std::string_view text) {
  if (!d) return;
  if (d->begin > d->end || d->end > text.size() || !iso_shaped(d->iso)) __builtin_trap();
}

// Every date function on one line.
void dates_of_line(std::string_view line) {
  auto found = akhbar::find_date(line, fixed_now());
  check_found(found, line);
  check_found(akhbar::find_date(line), line);
  (void)akhbar::has_relative_date(line);
  check_found(akhbar::find_time(line, found ? std::string_view(found->iso) : "2024-07-23"), line);
  if (auto f = akhbar::parse_date_field(line, fixed_now()); f && !iso_shaped(*f)) __builtin_trap();
  for (std::size_t at = 0, sp; at < line.size(); at = sp + 1) {  // each word
    sp = line.find(' ', at);
    if (sp == std::string_view::npos) sp = line.size();
    (void)akhbar::is_weekday(line.substr(at, sp - at));
  }
}

std::string take_line(std::string_view& rest) {
  auto nl = rest.find('\n');
  std::string line(rest.substr(0, nl));
  rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  thread_local akhbar::Normalizer normalizer;
  const uint8_t shape = data[0];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  static const char* const formats[] = {"text", "html", "trec", "json", "jsonl", "csv", "warc", "text"};
  akhbar::Document doc;
  doc.input.path = "fuzz";
  doc.format = formats[shape & 7];
  std::string_view rest = text;
  // Structured inputs carry fields of their own: the first lines become them.
  if (shape & 0x08) doc.date = take_line(rest);
  if (shape & 0x10) doc.title = take_line(rest);
  if (shape & 0x20) doc.author = take_line(rest);
  if (shape & 0x40) doc.source = take_line(rest);
  if (shape & 0x80) doc.fetched = fixed_now();
  doc.text = std::string(rest);
  // An HTML page's links: "text\thref" lines become anchors, and a link box under the first one.
  if (doc.format == "html") {
    akhbar::LinkBox box;
    for (std::string_view r = rest; !r.empty();) {
      std::string line = take_line(r);
      auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      akhbar::Anchor a{line.substr(0, tab), line.substr(tab + 1)};
      if (box.heading.empty())
        box.heading = a.text;
      else
        box.links.push_back(a);
      doc.anchors.push_back(std::move(a));
    }
    if (!box.heading.empty()) doc.link_boxes.push_back(std::move(box));
  }

  std::vector<akhbar::TraceLine> trace;
  akhbar::Article article = segmenter().segment(doc, normalizer, &trace);
  for (const auto& t : trace)
    if (t.label.empty()) __builtin_trap();
  for (const auto* d : {&article.published, &article.updated})
    if (*d && !iso_shaped(**d)) __builtin_trap();

  for (std::string_view r = text; !r.empty();) dates_of_line(take_line(r));
  // Hijri conversion straight from three numbers, out-of-range ones included.
  if (size >= 4) {
    int year = 1300 + static_cast<int8_t>(data[1]) * 2, month = data[2] % 14, day = data[3] % 32;
    if (auto g = akhbar::hijri_to_gregorian(year, month, day); g && !iso_shaped(*g)) __builtin_trap();
  }
  return 0;
}
