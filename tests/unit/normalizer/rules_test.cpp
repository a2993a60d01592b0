// Table-driven tests of the normalizer's rules: each case names the rule (and whose rule it is)
// that it checks. Invisible characters are written as escapes so the table can be read.
#include <akhbar/normalizer.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace akhbar {
namespace {

enum class Form { display, display_ascii, search, tokens, stem };

struct Case {
  const char* rule;  // whose rule and which
  Form form;
  const char* input;
  const char* expected;  // tokens: joined by single spaces
};

// clang-format off
const Case cases[] = {
  // ---- display: Unicode normalization (NFC) ----
  {"Unicode NFC: e + combining acute composes", Form::display, "Cafe\xCC\x81", "Café"},
  {"Unicode NFC: alef + hamza above (U+0654) composes to أ", Form::display, "\u0627\u0654\u062D\u0645\u062F", "أحمد"},
  {"Unicode NFC: alef + hamza below (U+0655) composes to إ", Form::display, "\u0627\u0655\u0633\u0644\u0627\u0645", "إسلام"},
  {"Unicode NFC: alef + madda (U+0653) composes to آ", Form::display, "\u0627\u0653\u0645\u0646", "آمن"},
  {"Unicode NFC: waw + hamza above composes to ؤ", Form::display, "\u0645\u0648\u0654\u062A\u0645\u0631", "مؤتمر"},
  {"Unicode NFC: yeh + hamza above composes to ئ", Form::display, "\u0631\u064A\u0654\u064A\u0633", "رئيس"},
  {"Unicode canonical order: shadda then fatha becomes fatha, shadda", Form::display, "\u0634\u062F\u0651\u064E", "\u0634\u062F\u064E\u0651"},
  {"Unicode canonical order: fatha then shadda is kept", Form::display, "\u0634\u062F\u064E\u0651", "\u0634\u062F\u064E\u0651"},
  {"Unicode canonical order: shadda then kasra becomes kasra, shadda", Form::display, "\u0645\u0651\u0650", "\u0645\u0650\u0651"},
  {"Unicode canonical order: shadda then damma becomes damma, shadda", Form::display, "\u0645\u0651\u064F", "\u0645\u064F\u0651"},
  {"Unicode canonical order: shadda then tanween fath", Form::display, "\u062C\u062F\u0651\u064B\u0627", "\u062C\u062F\u064B\u0651\u0627"},
  {"CAMeL Tools (faithful): tanween on the letter before alef kept as written", Form::display, "\u0643\u062A\u0627\u0628\u064B\u0627", "\u0643\u062A\u0627\u0628\u064B\u0627"},
  {"CAMeL Tools (faithful): tanween on the alef kept as written", Form::display, "\u0643\u062A\u0627\u0628\u0627\u064B", "\u0643\u062A\u0627\u0628\u0627\u064B"},
  {"Issue display rule: diacritics kept", Form::display, "كَتَبَ", "كَتَبَ"},
  {"Issue display rule: Quranic marks kept", Form::display, "\u0671\u0644\u0652\u062D\u064E\u0645\u0652\u062F\u064F \u06D6", "\u0671\u0644\u0652\u062D\u064E\u0645\u0652\u062F\u064F \u06D6"},
  {"Issue display rule: superscript alef kept", Form::display, "\u0647\u0670\u0630\u0627", "\u0647\u0670\u0630\u0627"},
  {"Issue display rule: hamza letters are not folded", Form::display, "أإآؤئءةى", "أإآؤئءةى"},
  // ---- display: presentation forms (Unicode NFKC decomposition, recomposed) ----
  {"Unicode NFKC: lam-alef with hamza above ﻷ → لأ (PyArabic loses the hamza)", Form::display, "\uFEF7", "لأ"},
  {"Unicode NFKC: lam-alef with hamza above, final ﻸ → لأ", Form::display, "\uFEF8", "لأ"},
  {"Unicode NFKC: lam-alef with hamza below ﻹ → لإ", Form::display, "\uFEF9", "لإ"},
  {"Unicode NFKC: lam-alef with madda ﻵ → لآ", Form::display, "\uFEF5", "لآ"},
  {"Unicode NFKC: lam-alef ﻻ → لا", Form::display, "\uFEFB", "لا"},
  {"Unicode NFKC: a word in presentation forms B", Form::display, "\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", "السلام"},
  {"Unicode NFKC: presentation forms inside a sentence", Form::display, "\uFEB3\uFEF8\uFEE1 \u0639\u0644\u064A\u0643\u0645", "سلأم عليكم"},
  {"Unicode NFKC: ligature ﷲ → الله", Form::display, "\uFDF2", "الله"},
  {"Unicode NFKC: ligature ﷺ → its words, spaced", Form::display, "\u0645\u062D\u0645\u062F \uFDFA.", "محمد صلى الله عليه وسلم."},
  {"Unicode NFKC: isolated fatha form joins the letter before it", Form::display, "\u0628\uFE76", "\u0628\u064E"},
  {"Unicode NFKC: medial fatha form (tatweel + fatha) loses its tatweel", Form::display, "\u0628\uFE77", "\u0628\u064E"},
  {"Unicode NFKC: presentation form A (teh-jeem ligature)", Form::display, "\uFC0B", "\u062A\u062C"},
  {"Lucene PersianNormalizer: keheh presentation form → ك", Form::display, "\uFB8E", "ك"},
  {"Lucene PersianNormalizer: initial farsi yeh form → ي", Form::display, "\uFBFE", "ي"},
  {"Lucene PersianNormalizer: isolated farsi yeh form → ى", Form::display, "\uFBFC", "ى"},
  {"Unicode NFKC: heh-with-yeh-above form keeps no Persian letter", Form::display, "\uFBA4", "ه"},
  // ---- display: tatweel and invisible controls ----
  {"Issue display rule: tatweel removed", Form::display, "\u0645\u0640\u0640\u0640\u0635\u0631", "مصر"},
  {"Issue display rule: tatweel between alef and hamza → the hamza composes (NFC)", Form::display, "\u0627\u0640\u0654", "أ"},
  {"Issue display rule: tatweel carrying a fatha", Form::display, "\u0628\u0640\u064E", "\u0628\u064E"},
  {"ours: a tatweel run between spaces is a dash (a byline's \"طهران ــ مختار حداد\")", Form::display, "\u0637\u0647\u0631\u0627\u0646 \u0640\u0640 \u0645\u062E\u062A\u0627\u0631", "طهران – مختار"},
  {"ours: a lone tatweel between spaces is a dash too", Form::display, "\u0627 \u0640 \u0628", "ا – ب"},
  {"ours: a tatweel run at a line's edge is dropped, not a dash", Form::display, "\u0640\u0640 \u0645\u0635\u0631 \u0640", "مصر"},
  {"ours: a tatweel run touching a word is dropped", Form::display, "\u0645\u0635\u0631 \u0640\u0640\u0645\u0635\u0631", "مصر مصر"},
  {"Unicode bidi: RLM and LRM removed", Form::display, "\u200F\u0645\u0635\u0631\u200E", "مصر"},
  {"Unicode bidi: ALM removed", Form::display, "\u061C\u0645\u0635\u0631", "مصر"},
  {"Unicode bidi: embeddings and overrides U+202A–U+202E removed", Form::display, "\u202A\u0645\u202B\u0635\u202C\u0631\u202D\u202E", "مصر"},
  {"Unicode bidi: isolates U+2066–U+2069 removed", Form::display, "\u2066a\u2067b\u2068c\u2069", "abc"},
  {"Unicode zero-width: ZWSP removed", Form::display, "\u0645\u200B\u0635\u0631", "مصر"},
  {"Unicode zero-width: ZWNJ removed", Form::display, "\u0645\u200C\u0635\u0631", "مصر"},
  {"Unicode zero-width: ZWJ between letters removed", Form::display, "\u0645\u200D\u0635\u0631", "مصر"},
  {"Unicode: BOM at the start removed", Form::display, "\uFEFF\u0645\u0635\u0631", "مصر"},
  {"Unicode: stray BOM (ZWNBSP) inside removed", Form::display, "\u0645\u0635\uFEFF\u0631", "مصر"},
  {"Unicode: soft hyphen removed", Form::display, "inter\u00ADnational", "international"},
  {"Unicode: C0 control codes removed", Form::display, "a\x01" "b\x1F" "c", "abc"},
  // ---- display: spaces and lines ----
  {"Unicode Zs: NBSP → space", Form::display, "\u0645\u0635\u0631\u00A0\u0627\u0644\u064A\u0648\u0645", "مصر اليوم"},
  {"Unicode Zs: thin, narrow no-break, ideographic spaces → space", Form::display, "a\u2009b\u202Fc\u3000d", "a b c d"},
  {"Unicode: tab → space", Form::display, "a\tb", "a b"},
  {"Issue display rule: runs of spaces collapsed", Form::display, "a  \u00A0 \t b", "a b"},
  {"Issue display rule: lines trimmed", Form::display, "  \u00A0a b \u200F ", "a b"},
  {"Issue display rule: blank lines kept empty, line count kept", Form::display, "a\n   \n\n b \n", "a\n\n\nb\n"},
  {"Issue display rule: CR before a line end trimmed", Form::display, "a\r\nb\r\n", "a\nb\n"},
  {"Unicode: NEL and line separator become spaces (no new lines)", Form::display, "a\u0085b\u2028c", "a b c"},
  {"Issue display rule: a line of controls only becomes empty", Form::display, "x\n\u200F\u200E\u0640\ny", "x\n\ny"},
  // ---- display: Persian and Urdu look-alikes ----
  {"Lucene PersianNormalizer: the issue's sentence", Form::display, "قال الرئیس إن الکتاب", "قال الرئيس إن الكتاب"},
  {"Lucene PersianNormalizer: farsi yeh at a word end → ى", Form::display, "\u0639\u0644\u06CC \u0645\u0635\u0631", "على مصر"},
  {"Lucene PersianNormalizer: farsi yeh before a diacritic and a letter → ي", Form::display, "\u0628\u06CC\u064E\u062A", "\u0628\u064A\u064E\u062A"},
  {"Lucene PersianNormalizer: farsi yeh at the text end → ى", Form::display, "\u0641\u06CC", "فى"},
  {"Lucene PersianNormalizer: heh goal ہ → ه", Form::display, "\u06C1\u0630\u0627", "هذا"},
  {"Lucene PersianNormalizer: heh with yeh above ۀ → ه", Form::display, "\u062E\u0627\u0646\u06C0", "خانه"},
  {"Lucene PersianNormalizer: decomposed ۀ (ە + hamza) → ه", Form::display, "\u062E\u0627\u0646\u06D5\u0654", "خانه"},
  // ---- display: kept as written ----
  {"Issue display rule (unlike camel_arclean): emoji kept", Form::display, "مبروك 🎉🇪🇬", "مبروك 🎉🇪🇬"},
  {"Unicode emoji: ZWJ sequence kept whole", Form::display, "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F468\u200D\U0001F469\u200D\U0001F467"},
  {"Unicode emoji: skin tone + ZWJ sequence kept", Form::display, "\U0001F469\U0001F3FD\u200D\U0001F4BB", "\U0001F469\U0001F3FD\u200D\U0001F4BB"},
  {"Unicode emoji: keycap and VS16 kept", Form::display, "1\uFE0F\u20E3 \u2764\uFE0F", "1\uFE0F\u20E3 \u2764\uFE0F"},
  {"Issue display rule: mixed Arabic and Latin kept, case kept", Form::display, "قال CEO شركة Apple إن iPhone", "قال CEO شركة Apple إن iPhone"},
  {"Issue display rule: punctuation kept", Form::display, "«مصر»، اليوم؛ لماذا؟ (CNN)--", "«مصر»، اليوم؛ لماذا؟ (CNN)--"},
  {"Issue display rule: Arabic-Indic digits kept", Form::display, "\u0662\u0660\u0662\u0664", "\u0662\u0660\u0662\u0664"},
  {"Issue display rule: Persian digits kept", Form::display, "\u06F2\u06F0\u06F2\u06F4", "\u06F2\u06F0\u06F2\u06F4"},
  {"Issue --digits ascii: Arabic-Indic digits → ASCII", Form::display_ascii, "\u0662\u0660\u0662\u0664 \u0663.\u0661\u0664", "2024 3.14"},
  {"Issue --digits ascii: Persian digits → ASCII", Form::display_ascii, "\u06F1\u06F4\u06F0\u06F3", "1403"},
  {"Issue --digits ascii: other decimal digits (Devanagari) → ASCII", Form::display_ascii, "\u0968\u0966", "20"},
  {"Issue --digits ascii: letters untouched", Form::display_ascii, "أحمد ٢", "أحمد 2"},
  {"Unicode: ill-formed UTF-8 → U+FFFD", Form::display, "a\xFF" "b\xC3", "a\uFFFDb\uFFFD"},
  {"Unicode: text already clean is unchanged", Form::display, "القاهرة - قال مسؤول إن الاجتماع انتهى.", "القاهرة - قال مسؤول إن الاجتماع انتهى."},
  // ---- search form ----
  {"Lucene ArabicNormalizer: diacritics removed", Form::search, "كَتَبَ", "كتب"},
  {"Lucene ArabicNormalizer: tanween before alef removed", Form::search, "\u0643\u062A\u0627\u0628\u064B\u0627", "كتابا"},
  {"Lucene ArabicNormalizer: tanween after alef removed", Form::search, "\u0643\u062A\u0627\u0628\u0627\u064B", "كتابا"},
  {"Lucene ArabicNormalizer: shadda + vowel in either order removed", Form::search, "\u0634\u062F\u0651\u064E \u0634\u062F\u064E\u0651", "شد شد"},
  {"Issue search rule: superscript alef U+0670 removed", Form::search, "\u0647\u0670\u0630\u0627", "هذا"},
  {"Issue search rule: Quranic marks U+0610–U+061A and U+06D6–U+06ED removed", Form::search, "\u0635\u0644\u0649\u0610 \u0642\u0644\u06D6\u06DA\u06ED", "صلي قل"},
  {"Lucene ArabicNormalizer: hamza alefs أ إ آ → ا", Form::search, "أحمد إسلام آمن", "احمد اسلام امن"},
  {"CAMeL Tools dediac/normalize: alef wasla ٱ → ا", Form::search, "\u0671\u0644\u0644\u0647", "الله"},
  {"Lucene ArabicNormalizer: alef maksura ى → ي", Form::search, "على", "علي"},
  {"Lucene ArabicNormalizer: teh marbuta ة → ه", Form::search, "مدرسة", "مدرسه"},
  {"Issue search rule: ؤ → و", Form::search, "مؤتمر", "موتمر"},
  {"Issue search rule: ئ → ي", Form::search, "رئيس", "رييس"},
  {"Issue search rule: hamza alone ء kept", Form::search, "سماء", "سماء"},
  {"Issue search rule: tatweel and bidi controls removed (from the display form)", Form::search, "\u200Fمـــصر", "مصر"},
  {"Issue search rule: Arabic-Indic digits → ASCII", Form::search, "\u0662\u0660\u0662\u0664", "2024"},
  {"Issue search rule: Persian digits → ASCII", Form::search, "\u06F2\u06F0\u06F2\u06F4", "2024"},
  {"Issue search rule: Latin lowercased", Form::search, "Apple CEO Ünal", "apple ceo ünal"},
  {"Issue search rule: presentation forms folded like their letters", Form::search, "\uFEF7\uFEF9\uFEF5", "لالالا"},
  {"Issue search rule: Persian look-alikes folded", Form::search, "الرئیس الکتاب علی", "الرييس الكتاب علي"},
  {"Issue search rule: decomposed hamza alef folded", Form::search, "\u0627\u0654\u062D\u0645\u062F", "احمد"},
  {"Issue search rule: lines kept", Form::search, "أ\n\n  ب  \n", "ا\n\nب\n"},
  {"Issue search rule: emoji and punctuation kept", Form::search, "«مبروك» 🎉", "«مبروك» 🎉"},
  // ---- tokens: ICU word breaks + light stemming ----
  {"Issue meet-case (light10 + ب): الإسرائيلي", Form::tokens, "الإسرائيلي", "اسراييل"},
  {"Issue meet-case (light10): إسرائيل", Form::tokens, "إسرائيل", "اسراييل"},
  {"Issue meet-case (light10 و): وإسرائيل", Form::tokens, "وإسرائيل", "اسراييل"},
  {"Issue meet-case (light10 لل + ين + ي): للإسرائيليين", Form::tokens, "للإسرائيليين", "اسراييل"},
  {"Issue meet-case (ب before alef): بإسرائيل", Form::tokens, "بإسرائيل", "اسراييل"},
  {"Issue meet-case (light10 ال + ات): الانتخابات", Form::tokens, "الانتخابات", "انتخاب"},
  {"Issue meet-case (hamza folded): الإنتخابات", Form::tokens, "الإنتخابات", "انتخاب"},
  {"Issue meet-case (light10 وال): والانتخابات", Form::tokens, "والانتخابات", "انتخاب"},
  {"Issue meet-case (diacritics; FTS5 splits this into ك ت ب): كَتَبَ", Form::tokens, "كَتَبَ", "كتب"},
  {"Issue meet-case: كتب", Form::tokens, "كتب", "كتب"},
  {"Issue meet-case: ٢٠٢٤", Form::tokens, "٢٠٢٤", "2024"},
  {"Issue meet-case: 2024", Form::tokens, "2024", "2024"},
  {"ICU word breaks: punctuation and spaces are not tokens", Form::tokens, "«مصر»، اليوم! - (CNN)--", "مصر يوم cnn"},
  {"ICU word breaks: emoji are not tokens", Form::tokens, "مبروك 🎉 \U0001F468\u200D\U0001F469", "مبروك"},
  {"FTS5 safety: a number with a point splits into digit runs", Form::tokens, "3.14", "3 14"},
  {"FTS5 safety: apostrophes and colons split words", Form::tokens, "don't 12:30", "don t 12 30"},
  {"FTS5 safety: quotes, stars, carets and parentheses never reach a token", Form::tokens, "\"a*\" ^b (c)", "a b c"},
  {"ICU word breaks: Latin lowercased, mixed with Arabic", Form::tokens, "قال CEO شركة Apple", "قال ceo شرك apple"},
  {"ICU word breaks: lines are only separators", Form::tokens, "مصر\n\nاليوم", "مصر يوم"},
  {"ICU word breaks: bidi marks inside a word do not split it", Form::tokens, "مص\u200Fر", "مصر"},
  // ---- stem: Lucene's TestArabicStemmer cases (light10) ----
  {"Lucene ArabicStemmer: AlPrefix", Form::stem, "الحسن", "حسن"},
  {"Lucene ArabicStemmer: WalPrefix", Form::stem, "والحسن", "حسن"},
  {"Lucene ArabicStemmer: BalPrefix", Form::stem, "بالحسن", "حسن"},
  {"Lucene ArabicStemmer: KalPrefix", Form::stem, "كالحسن", "حسن"},
  {"Lucene ArabicStemmer: FalPrefix", Form::stem, "فالحسن", "حسن"},
  {"Lucene ArabicStemmer: LlPrefix", Form::stem, "للاخر", "اخر"},
  {"Lucene ArabicStemmer: WaPrefix", Form::stem, "وحسن", "حسن"},
  {"Lucene ArabicStemmer: AhSuffix", Form::stem, "زوجها", "زوج"},
  {"Lucene ArabicStemmer: AnSuffix", Form::stem, "ساهدان", "ساهد"},
  {"Lucene ArabicStemmer: AtSuffix", Form::stem, "ساهدات", "ساهد"},
  {"Lucene ArabicStemmer: WnSuffix", Form::stem, "ساهدون", "ساهد"},
  {"Lucene ArabicStemmer: YnSuffix", Form::stem, "ساهدين", "ساهد"},
  {"Lucene ArabicStemmer: YhSuffix", Form::stem, "ساهديه", "ساهد"},
  {"Lucene ArabicStemmer: YpSuffix", Form::stem, "ساهدية", "ساهد"},
  {"Lucene ArabicStemmer: HSuffix", Form::stem, "ساهده", "ساهد"},
  {"Lucene ArabicStemmer: PSuffix", Form::stem, "ساهدة", "ساهد"},
  {"Lucene ArabicStemmer: YSuffix", Form::stem, "ساهدي", "ساهد"},
  {"Lucene ArabicStemmer: ComboPrefSuf", Form::stem, "وساهدون", "ساهد"},
  {"Lucene ArabicStemmer: ComboSuf", Form::stem, "ساهدهات", "ساهد"},
  {"Lucene ArabicStemmer: ShouldntStem", Form::stem, "الو", "الو"},
  {"Lucene ArabicStemmer: NonArabic", Form::stem, "english", "english"},
  {"Light10 length guard: و needs three letters left", Form::stem, "وزن", "وزن"},
  {"Light10 length guard: suffixes need two letters left", Form::stem, "بين", "بين"},
  {"Our ب rule: needs four letters left", Form::stem, "باحث", "باحث"},
  {"Our ب rule: only before an alef", Form::stem, "برنامج", "برنامج"},
};
// clang-format on

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& t : v) {
    if (!s.empty()) s += ' ';
    s += t;
  }
  return s;
}

TEST(NormalizerRules, EveryCase) {
  Normalizer keep;
  Normalizer ascii(NormalizeOptions{Digits::ascii});
  int checked = 0;
  for (const Case& c : cases) {
    std::string got;
    switch (c.form) {
      case Form::display:
        got = keep.display(c.input);
        break;
      case Form::display_ascii:
        got = ascii.display(c.input);
        break;
      case Form::search:
        got = keep.search(c.input);
        break;
      case Form::tokens:
        got = join(keep.tokens(c.input));
        break;
      case Form::stem:
        got = keep.stem(c.input);
        break;
    }
    EXPECT_EQ(got, c.expected) << c.rule;
    // Every display and search case is also a fixed point: normalizing again changes nothing.
    if (c.form == Form::display) {
      EXPECT_EQ(keep.display(got), got) << "idempotence: " << c.rule;
    } else if (c.form == Form::display_ascii) {
      EXPECT_EQ(ascii.display(got), got) << "idempotence: " << c.rule;
    } else if (c.form == Form::search) {
      EXPECT_EQ(keep.search(got), got) << "idempotence: " << c.rule;
    }
    ++checked;
  }
  EXPECT_GE(checked, 80);
}

TEST(NormalizerRules, MeetCasesMeet) {
  Normalizer n;
  auto same = [&](std::vector<const char*> words) {
    std::string first = join(n.tokens(words[0]));
    for (const char* w : words) EXPECT_EQ(join(n.tokens(w)), first) << w;
  };
  same({"الإسرائيلي", "إسرائيل", "وإسرائيل", "للإسرائيليين", "بإسرائيل"});
  same({"الانتخابات", "الإنتخابات", "والانتخابات"});
  same({"كَتَبَ", "كتب"});
  same({"٢٠٢٤", "2024", "۲۰۲۴"});
}

TEST(NormalizerRules, DisplayKeepsLineCount) {
  Normalizer n;
  for (const char* s : {"", "\n", "\n\n\n", "a", "a\n", "\u200F\n\u0640\n", " \n \n "}) {
    std::string in = s;
    auto lines = [](const std::string& t) { return std::count(t.begin(), t.end(), '\n'); };
    EXPECT_EQ(lines(n.display(in)), lines(in)) << in;
    EXPECT_EQ(lines(n.search(in)), lines(in)) << in;
  }
}

TEST(NormalizerRules, OutputBufferIsReplacedNotAppended) {
  Normalizer n;
  std::string out = "old content";
  n.display("مصر", out);
  EXPECT_EQ(out, "مصر");
  n.search("أ", out);
  EXPECT_EQ(out, "ا");
  std::vector<std::string> tokens = {"x"};
  n.tokens("مصر", tokens);
  EXPECT_EQ(tokens, (std::vector<std::string>{"x", "مصر"}));
}

TEST(NormalizerRules, MovedNormalizerWorks) {
  Normalizer a;
  Normalizer b = std::move(a);
  EXPECT_EQ(b.search("أحمد"), "احمد");
  EXPECT_EQ(b.tokens("والانتخابات"), std::vector<std::string>{"انتخاب"});
}

TEST(NormalizerRules, LongReplacementsGrowTheBuffer) {
  Normalizer n;
  std::string in(2000, ' ');
  for (int i = 0; i < 500; ++i) in += "\uFDFA";
  std::string out = n.display(in);
  std::string one = "صلى الله عليه وسلم";
  EXPECT_EQ(out.size(), 500 * one.size());
  EXPECT_EQ(out.substr(0, one.size()), one);
}

// One Normalizer per thread, built at the same time (ctest runs this test in its own process, so
// the threads race to build the shared tables): every thread gets the same answers.
TEST(NormalizerRules, OneNormalizerPerThread) {
  const std::string text = "قال الرئیس إن الکتاب\u00A0ﻷ\nمـــصر ٢٠٢٤ كَتَبَ للإسرائيليين 🎉";
  struct Answers {
    std::string display, search;
    std::vector<std::string> tokens;
    bool stable = true;
  };
  std::vector<Answers> answers(4);
  std::vector<std::thread> threads;
  for (auto& a : answers) {
    threads.emplace_back([&text, &a] {
      Normalizer n;
      a = {n.display(text), n.search(text), n.tokens(text), true};
      for (int i = 0; i < 200; ++i)
        a.stable = a.stable && n.display(text) == a.display && n.search(text) == a.search &&
                   n.tokens(text) == a.tokens;
    });
  }
  for (auto& t : threads) t.join();
  Normalizer reference;
  for (const auto& a : answers) {
    EXPECT_TRUE(a.stable);
    EXPECT_EQ(a.display, reference.display(text));
    EXPECT_EQ(a.search, reference.search(text));
    EXPECT_EQ(a.tokens, reference.tokens(text));
  }
  EXPECT_EQ(reference.display(text), "قال الرئيس إن الكتاب لأ\nمصر ٢٠٢٤ كَتَبَ للإسرائيليين 🎉");
}

}  // namespace
}  // namespace akhbar

namespace akhbar {
namespace {

// Random strings over the characters the rules treat specially (marks in every order, tatweel
// and controls between letters and marks, presentation forms, emoji parts, ill-formed bytes):
// the properties the corpus test checks must hold for every one of them too.
TEST(NormalizerRules, RandomTrickyStrings) {
  const std::vector<std::string> alphabet = {
      "ا",      "ب",          "ی",          "ک",      "ە",      "ۀ",      "ہ",      "ي",      "ى",
      "ة",      "\u064B",     "\u064E",     "\u0650", "\u0651", "\u0652", "\u0653", "\u0654", "\u0655",
      "\u0670", "\u06D6",     "\u0640",     "\u200D", "\u200C", "\u200F", " ",      "\u00A0", "\n",
      "\r",     "\U0001F468", "\U0001F3FD", "\uFE0F", "\uFEF7", "\uFE76", "\uFE77", "\uFDFA", "\uFBFC",
      "e",      "\u0301",     "A",          "\u0662", "\u06F4", "\xFF",   "\xD9",   "\t",     "\u0300",
      "\u0327", "C",          "\uFEFF",     "."};
  Normalizer n;
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
  for (int k = 0; k < 20000; ++k) {
    std::string in;
    for (std::uint32_t len = next() % 12; len > 0; --len) in += alphabet[next() % alphabet.size()];
    std::string d = n.display(in), s = n.search(in);
    ASSERT_EQ(n.display(d), d) << in;
    ASSERT_EQ(n.search(s), s) << in;
    ASSERT_EQ(n.search(d), s) << in;
    ASSERT_EQ(lines(d), lines(in)) << in;
    ASSERT_EQ(lines(s), lines(in)) << in;
    for (const auto& t : n.tokens(in)) ASSERT_FALSE(t.empty() || t.find(' ') != std::string::npos) << in;
  }
}

}  // namespace
}  // namespace akhbar
