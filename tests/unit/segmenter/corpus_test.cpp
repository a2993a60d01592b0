// Data test over the whole shared corpus (UTF-8 text files): every non-blank input line is
// accounted for — body, a field, a link, or `removed` — and every line gets an --explain label.
#include <akhbar/segmenter.h>
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace akhbar {
namespace {

namespace fs = std::filesystem;

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + n >= s.size() + (n == 0 ? 1 : 0)) return n == 0;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TEST(Corpus, EveryNonBlankLineIsAccountedFor) {
  fs::path root = AKHBAR_CORPUS;
  if (!fs::exists(root)) GTEST_SKIP() << "no shared corpus at " << root.string();
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  Normalizer normalizer;
  std::size_t files = 0, lines = 0, failures = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::string p = entry.path().string();
    // Plain text only: TREC files are records, and the legacy-encoded folders need the loader.
    if (p.find("arabic-newspapers-cp1256") != std::string::npos || p.find("chardet-encodings") != std::string::npos ||
        p.find("ant-") != std::string::npos)
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Document doc;
    doc.input.path = p;
    doc.text = ss.str();
    if (!valid_utf8(doc.text)) continue;
    for (char& c : doc.text)
      if (c == '\r') c = '\n';
    std::vector<TraceLine> trace;
    Article a = seg->segment(doc, normalizer, &trace);
    ++files;
    // Every word of the record's output, in any field.
    std::multiset<std::string> out;
    auto add = [&](const std::optional<std::string>& s) {
      if (s)
        for (auto& w : words(*s)) out.insert(w);
    };
    add(a.title), add(a.dateline), add(a.source), add(a.author);
    for (const auto& b : a.body) add(b.text);
    for (const auto* links : {&a.read_also, &a.related}) {
      for (const auto& l : *links) {
        add(l.title);
        for (const auto& b : l.body) add(b.text);
      }
    }
    for (const auto& r : a.removed) add(r.text);
    std::string display = normalizer.display(doc.text);
    std::istringstream dl(display);
    std::size_t n = 0;
    for (std::string line; std::getline(dl, line);) {
      ++n;
      if (n > trace.size() || trace[n - 1].label.empty()) {
        if (++failures < 10) ADD_FAILURE() << p << ":" << n << ": no --explain label";
        continue;
      }
      if (line.find_first_not_of(' ') == std::string::npos) continue;
      ++lines;
      for (const auto& w : words(line)) {
        // A bullet or a glued punctuation run may be trimmed off an item; letters may not.
        bool letters = false;
        for (unsigned char c : w) letters |= (c >= 0xD8 && c <= 0xDB) || std::isalnum(c);  // Arabic or ASCII
        if (!letters) continue;
        bool found = out.count(w) > 0;
        if (!found) {
          for (const auto& o : out) {
            if (o.find(w) != std::string::npos || w.find(o) != std::string::npos) {
              found = true;
              break;
            }
          }
        }
        if (!found) {
          if (++failures < 10) ADD_FAILURE() << p << ":" << n << ": word '" << w << "' is in no field";
          break;
        }
      }
    }
  }
  EXPECT_GT(files, 4000u);
  EXPECT_GT(lines, 20000u);
  EXPECT_EQ(failures, 0u);
}

}  // namespace
}  // namespace akhbar
