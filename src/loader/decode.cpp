// decode(): one whole record of bytes → UTF-8 text with '\n' line ends, mojibake repaired.
#include <akhbar/loader.h>

#include "loader/detail_text.h"

namespace akhbar {

std::optional<std::string> canonical_encoding(std::string_view name) { return detail::canonical_encoding_name(name); }

Decoded decode(std::string_view bytes, const std::optional<std::string>& forced) {
  Decoded d;
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
  d.repairs = detail::repair_mojibake(d.text);
  detail::normalize_line_ends(d.text);
  return d;
}

}  // namespace akhbar
