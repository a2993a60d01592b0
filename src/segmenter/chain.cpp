// The chain: the passes in the order a page is read, and the walk's line rules in the order
// they try each line. This file is the one place that order is written (docs/segmenter.md,
// "How a document is read", gives the same order).
#include <iterator>

#include "segmenter/detail_rules.h"

namespace akhbar::detail {
namespace {

// A pass of the chain: a name (parse --explain prints it) and the rule.
struct Pass {
  const char* name;
  void (*run)(Page&);
};

constexpr Pass chain[] = {
    {"forum_thread", rule_forum_thread},
    {"menus", rule_menus},
    {"title", rule_title},
    {"title_site", rule_title_site},
    {"title_credit", rule_title_credit},
    {"mail_thread", rule_mail_thread},
    {"walk", rule_walk},
    {"boxed_lines", rule_boxed_lines},
    {"superlative_box", rule_superlative_box},
    {"unmarked_read_also", rule_unmarked_read_also},
    {"teaser_list", rule_teaser_list},
    {"echo_teasers", rule_echo_teasers},
    {"closing_signature", rule_closing_signature},
};

// A line rule of the walk: a name and the rule (returns the next line, or not_taken).
struct LineRule {
  const char* name;
  std::size_t (*take)(Page&, std::size_t);
};

constexpr LineRule walk_rules[] = {
    {"forum_lines", rule_forum_lines},
    {"mail_lines", rule_mail_lines},
    {"separators", rule_separators},
    {"follow_tail", rule_follow_tail},
    {"related_tail", rule_related_tail},
    {"read_also", rule_read_also},
    {"related", rule_related},
    {"credit_labels", rule_credit_labels},
    {"removal_markers", rule_removal_markers},
    {"date_lines", rule_date_lines},
    {"update_note", rule_update_note},
    {"breadcrumbs", rule_breadcrumbs},
    {"menu_items", rule_menu_items},
    {"agency_line", rule_agency_line},
    {"agencies_line", rule_agencies_line},
    {"issue_credit", rule_issue_credit},
    {"initials", rule_initials},
    {"bylines", rule_bylines},
    {"name_lines", rule_name_lines},
    {"contact", rule_contact},
    {"price", rule_price},
    {"timecode", rule_timecode},
    {"site_address", rule_site_address},
    {"repost_note", rule_repost_note},
    {"syndication", rule_syndication},
    {"body", rule_body},  // last: takes every line
};

}  // namespace

void rule_walk(Page& p) {
  bool fired[std::size(walk_rules)] = {};
  for (std::size_t i = 0; i < p.lines.size();) {
    Line& l = p.lines[i];
    if (l.blank || i == p.state.title_line) {
      if (l.label.empty()) p.label(l, "blank", "");
      ++i;
      continue;
    }
    p.state.at = l.no;
    for (std::size_t r = 0; r < std::size(walk_rules); ++r) {
      std::size_t edits = p.state.edits;
      std::size_t next = walk_rules[r].take(p, i);
      fired[r] = fired[r] || p.state.edits != edits;
      if (next != not_taken) {
        i = next;
        break;
      }
    }
  }
  // The line rules that changed something, in the table's order.
  for (std::size_t r = 0; r < std::size(walk_rules); ++r)
    if (fired[r]) p.state.walk_rules.push_back(walk_rules[r].name);
}

void segment_lines(SegmentContext& ctx, std::vector<PassReport>* passes,
                   std::array<Evidence, field_count>* evidence) {
  Page p(ctx);
  for (const Pass& pass : chain) {
    std::size_t before = p.state.edits;
    p.state.walk_rules.clear();
    p.state.at = 0;
    pass.run(p);
    if (p.state.edits != before) p.state.changed_by.push_back({pass.name, std::move(p.state.walk_rules)});
  }
  if (passes) *passes = std::move(p.state.changed_by);
  if (evidence) *evidence = p.state.evidence;
}

}  // namespace akhbar::detail
