// Walk rule "price": a shop's price line ("₺619.00السعر", "الشحن: US$00.00") is no text.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// The currency signs shops print next to a price: $ £ € ¥ ₹ ₺ ₽ and the riyal sign ﷼.
bool currency_sign(char32_t c) {
  return c == '$' || c == 0x00A3 || c == 0x20AC || c == 0x00A5 || c == 0x20B9 || c == 0x20BA || c == 0x20BD ||
         c == 0xFDFC;
}

// A short line holding an amount with a currency sign and a decimal point next to each other
// ("₺619.00", "US$00.00"), besides at most a one-word label ("السعر", "الشحن:"): the shop's
// price box around a product page, not a sentence of the text (a report gives prices in words:
// "35000 ليرة لبنانية", "بسعر 20 دولارا").
bool price_line(Page& p, Line& l) {
  if (l.words > th::items::price_line_max_words || l.bullet) return false;
  const std::string_view t = l.text;
  bool sign = false, decimal = false;
  char32_t prev = 0;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    if (currency_sign(c) &&
        (digit_value(prev) >= 0 || (i < t.size() && digit_value(static_cast<unsigned char>(t[i])) >= 0)))
      sign = true;
    if (c == '.' && digit_value(prev) >= 0 && i < t.size() &&
        digit_value(static_cast<unsigned char>(t[i])) >= 0)
      decimal = true;
    prev = c;
  }
  if (!sign || !decimal) return false;
  p.remove(l, "promo", "a price with its currency sign (a shop's price box)");
  return true;
}

}  // namespace

std::size_t rule_price(Page& p, std::size_t i) { return price_line(p, p.lines[i]) ? i + 1 : not_taken; }

}  // namespace akhbar::detail
