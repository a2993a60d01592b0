// Normalizer (first cut; the normalizer issue builds the ICU forms).
#include <akhbar/normalizer.h>

namespace akhbar {

struct Normalizer::Impl {
  NormalizeOptions options;
};

Normalizer::Normalizer(NormalizeOptions options) : m_impl(std::make_unique<Impl>(Impl{options})) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::string Normalizer::display(std::string_view utf8) const {
  std::string out;
  std::string line;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    line.clear();
  };
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    char c = utf8[i];
    if (c == '\n') {
      flush();
      out += '\n';
      continue;
    }
    if (c == '\xC2' && i + 1 < utf8.size() && utf8[i + 1] == '\xA0') {
      ++i;
      c = ' ';
    }
    if (c == '\t') c = ' ';
    if (c == ' ' && (line.empty() || line.back() == ' ')) continue;
    line += c;
  }
  flush();
  return out;
}

std::string Normalizer::search(std::string_view utf8) const { return display(utf8); }

std::vector<std::string> Normalizer::tokens(std::string_view utf8) const {
  std::vector<std::string> out;
  std::string cur;
  for (char c : search(utf8)) {
    if (c == ' ' || c == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string Normalizer::stem(std::string_view word) const { return std::string(word); }

}  // namespace akhbar
