// decode(): one whole record of bytes → UTF-8 text with '\n' line ends, mojibake repaired.
#include <akhbar/loader.h>

#include <cstring>

#include "loader/detail_text.h"

namespace akhbar {

std::optional<std::string> canonical_encoding(std::string_view name) {
  return detail::canonical_encoding_name(name);
}

namespace detail {

void finish_utf8(std::string_view valid, std::string& out, std::size_t& replaced,
                 std::vector<Warning>& repairs) {
  if (valid.substr(0, 3) == "\xEF\xBB\xBF") valid.remove_prefix(3);
  while (!valid.empty() && valid.back() == '\0') valid.remove_suffix(1);
  // Room for simdjson's padding, so that a JSON record is parsed in place rather than copied.
  out.reserve(valid.size() + 64);
  out.assign(valid);
  for (std::size_t at = out.find('\0'); at != std::string::npos; at = out.find('\0', at)) {
    out.replace(at, 1, "\xEF\xBF\xBD");
    ++replaced;
  }
  repairs = repair_mojibake(out);
  normalize_line_ends(out);
}

}  // namespace detail

Decoded decode(std::string_view bytes, const std::optional<std::string>& forced) {
  Decoded d;
  // NUL bytes are valid UTF-8 but usually mean UTF-16/32 (or binary): those go to detection.
  bool utf8_candidate = forced ? detail::canonical_encoding_name(*forced) == "UTF-8"
                               : std::memchr(bytes.data(), 0, bytes.size()) == nullptr;
  if (utf8_candidate && detail::is_utf8(bytes)) {
    // The fast path: one validation pass, one copy, no converter.
    d.encoding = "UTF-8";
    detail::finish_utf8(bytes, d.text, d.replaced, d.repairs);
    return d;
  }
  if (forced) {
    auto canon = detail::canonical_encoding_name(*forced);
    d.encoding = canon ? *canon : *forced;
  } else {
    auto det = detail::detect_encoding(bytes, true);
    d.encoding = det.binary ? "UTF-8" : det.encoding;
  }
  auto conv = detail::Converter::make(d.encoding);
  if (!conv) {
    d.encoding = "UTF-8";
    conv = detail::Converter::make(d.encoding);
  }
  conv->convert(bytes, d.text, true);
  d.replaced = conv->replaced;
  // Trailing NULs are padding some old tools leave behind; other NULs have no place in text
  // (and break C-string consumers downstream).
  while (!d.text.empty() && d.text.back() == '\0') d.text.pop_back();
  for (std::size_t at = d.text.find('\0'); at != std::string::npos; at = d.text.find('\0', at)) {
    d.text.replace(at, 1, "\xEF\xBF\xBD");
    ++d.replaced;
  }
  d.repairs = detail::repair_mojibake(d.text);
  detail::normalize_line_ends(d.text);
  return d;
}

}  // namespace akhbar
