// Pass "mail_thread" and walk rule "mail_lines": a story forwarded by e-mail and read in a mail client
// (a webmail page, a saved message) carries the message headers ("From:", "To:", "Subject:"), the
// forward's divider ("---------- Forwarded message ---------") and, above them, the forwarder's own
// header and note ("أبا فهد، هذا ما حدثتك عنه ..."): none of it is the story's text.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "From: Sky News Arabia <newsletter@…>", "Subject:", "الموضوع: …": a short line whose words before its
// colon are a message header's label (markers.txt: mail_header).
bool header_line(const Page& p, const Line& l) {
  if (l.blank || l.words > th::mail::header_line_max_words) return false;
  std::size_t colon = l.text.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string key = fold_key(p.ctx.normalizer.search(std::string_view(l.text).substr(0, colon)));
  return !key.empty() && p.markers().in_list(MarkerKind::mail_header, key);
}

// "---------- Forwarded message ---------", "Begin forwarded message:": the whole key is a divider.
bool divider_line(const Page& p, const Line& l) {
  return !l.blank && l.words <= th::mail::header_line_max_words && p.markers().in_list(MarkerKind::mail_divider, l.key);
}

// A header's value on the line after its bare label ("From:" / "خالد العنزي <k@…>"): short, no sentence.
bool value_line(const Line& l) { return !l.blank && l.words <= th::mail::value_max_words && !ends_sentence(l); }

struct Block {
  std::size_t first, last;
  std::size_t labels = 0;
  bool divider = false;
};

}  // namespace

void rule_mail_thread(Page& p) {
  std::vector<Block> blocks;
  std::optional<Block> open;
  bool bare_label = false;  // the last line was a label with nothing after its colon
  auto close = [&] {
    if (open && (open->labels >= th::mail::block_min_labels ||
                 (open->divider && open->labels >= th::mail::block_min_labels_after_divider)))
      blocks.push_back(*open);
    open.reset();
  };
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    const Line& l = p.lines[i];
    if (l.blank) continue;
    if (divider_line(p, l)) {
      close();
      open = Block{i, i, 0, true};
      bare_label = false;
    } else if (header_line(p, l)) {
      if (!open) open = Block{i, i};
      open->last = i;
      ++open->labels;
      bare_label = trim_chars(std::string_view(l.text).substr(l.text.find(':') + 1), " ").empty();
    } else if (open && bare_label && value_line(l)) {
      open->last = i;
      bare_label = false;
    } else {
      close();
      bare_label = false;
    }
  }
  close();
  if (blocks.empty()) return;
  // The forwarded story follows the last block; what stands above it, below the title, is the
  // forwarder's (the inbox's rows, the sender's line, the note, an earlier header) when the story
  // outweighs it.
  const Block& last = blocks.back();
  const std::size_t from = p.state.title_line == PageState::none ? 0 : p.state.title_line + 1;
  int above = 0, below = 0;
  for (std::size_t i = from; i < last.first; ++i) above += p.lines[i].words;
  for (std::size_t i = last.last + 1; i < p.lines.size(); ++i) below += p.lines[i].words;
  auto mark = [&](std::size_t i) {
    Line& l = p.lines[i];
    if (l.blank || l.mail || !l.label.empty() || i == p.state.title_line) return;
    l.mail = true;
    ++p.state.edits;
  };
  if (below > above)
    for (std::size_t i = from; i < last.first; ++i) mark(i);
  // The forwarded message's own date ("Date: Sat, Jul 14, 2018 at 3:41 AM") is the story's: the date
  // rules read it.
  for (std::size_t i = last.first; i <= last.last; ++i)
    if (!p.is_date_line(p.lines[i])) mark(i);
}

std::size_t rule_mail_lines(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.mail) return not_taken;
  p.remove(l, "mail", "a mail client's header, the forward's divider or the forwarder's note (pass mail_thread)");
  return i + 1;
}

}  // namespace akhbar::detail
