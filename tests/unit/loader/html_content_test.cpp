// HTML pages by structure: which element holds the article, what is dropped inside it, the
// page's metadata (JSON-LD, OpenGraph, <time>, RDFa) and its related and read-also lists.
#include <akhbar/loader.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "loader/detail_html.h"
#include "test_util.h"

namespace akhbar {
namespace {

using test::run;

// A paragraph of article text: sentences with commas and full stops.
std::string para(const std::string& opening) {
  return "<p>" + opening +
         "، وقال المتحدث باسم الوزارة في بيان صحفي إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع المقبل، "
         "وأضاف أن اللجنة المختصة ستتابع التنفيذ في جميع المحافظات.</p>";
}

Document page(const std::string& html) {
  test::TempDir dir;
  auto l = run({dir.write("p.html", html)});
  EXPECT_EQ(l.docs.size(), 1u);
  return l.docs.empty() ? Document{} : l.docs[0];
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(HtmlContent, ParagraphsWinOverCommentsMenusAndRelatedLists) {
  std::string html =
      "<html><head><meta charset=utf-8></head><body>"
      "<div class=\"menu\"><a href=\"/a\">الرئيسية</a> <a href=\"/b\">أخبار مصر</a></div>"
      "<div class=\"main-wrap\"><div class=\"story-text\">" +
      para("أعلنت وزارة الصحة اليوم عن خطة جديدة") + para("وفي سياق متصل أكد الوزير") +
      para("وأشار التقرير إلى أن عدد الحالات") +
      "<div class=\"share-bar\">شارك الخبر على فيسبوك وتويتر</div></div>"
      "<div class=\"taalikat\"><p>تعليق طويل من قارئ يقول فيه رأيه في الخبر، ويضيف أنه لا يوافق على ما جاء "
      "فيه.</p>"
      "<p>تعليق آخر من قارئ ثان، يرى أن القرار جاء متأخرا كثيرا.</p></div>"
      "<div class=\"related-news\"><h3>أخبار ذات صلة</h3><a href=\"/n1\">الحكومة تعلن خطة جديدة للنقل "
      "العام</a>"
      "<a href=\"/n2\">وزير المالية يعرض الموازنة على البرلمان</a></div></div></body></html>";
  Document d = page(html);
  EXPECT_TRUE(has(d.text, "أعلنت وزارة الصحة اليوم"));
  EXPECT_TRUE(has(d.text, "وأشار التقرير إلى أن عدد الحالات"));
  EXPECT_FALSE(has(d.text, "شارك الخبر"));
  EXPECT_FALSE(has(d.text, "تعليق طويل"));
  EXPECT_FALSE(has(d.text, "الرئيسية"));
  EXPECT_FALSE(has(d.text, "الحكومة تعلن خطة"));
  // --explain names the element kept and why the rest was dropped.
  ASSERT_FALSE(d.extraction.empty());
  bool kept = false, share = false;
  for (const auto& e : d.extraction) {
    kept = kept || (e.rfind("kept\t", 0) == 0 && has(e, "div.story-text"));
    share = share || (e.rfind("dropped\t", 0) == 0 && has(e, "share bar"));
  }
  EXPECT_TRUE(kept);
  EXPECT_TRUE(share);
}

// A portal that separates its paragraphs with <br> inside one element, beside block children.
// HTML set 25 (BLOX): a paywall prints the first paragraphs in a "subscriber-preview" block inside
// itemprop=articleBody; prose under a weak class hint there is the text. The same block outside the
// article body, or one short pitch inside it, is the subscription box.
TEST(HtmlContent, PaywallPreviewInsideTheArticleBodyIsText) {
  const std::string preview =
      "<div class=\"subscriber-preview\"><p>اعتبر حزب الله الاثنين نتائج الانتخابات النيابية انتصارا كبيرا له من "
      "شأنه أن يكرس نفوذه في المعادلة السياسية في لبنان.</p><p>وأعلن رئيس الحكومة الاثنين فوز تياره بعدد أقل من "
      "المقاعد مما كان يأمل، مؤكدا أنه سيواصل العمل مع جميع القوى السياسية في البلاد.</p></div>";
  const std::string pitch = "<div class=\"subscribe-box\"><p>اشتركوا بدولار واحد في الأسبوع الأول لمتابعة القراءة.</p></div>";
  std::string rest;
  for (int i = 0; i < 4; ++i)
    rest += para("وقال الحريري خلال مؤتمر صحافي عقده في دارته في وسط بيروت إن النتائج جاءت دون التوقعات");
  Document d = page("<html><body><article><div itemprop=\"articleBody\">" + preview + pitch +
                    "<div class=\"subscriber-only\">" + rest + "</div></div></article></body></html>");
  EXPECT_TRUE(has(d.text, "اعتبر حزب الله الاثنين"));
  EXPECT_TRUE(has(d.text, "وأعلن رئيس الحكومة الاثنين"));
  EXPECT_FALSE(has(d.text, "اشتركوا بدولار"));
  d = page("<html><body>" + preview + "<article><div itemprop=\"articleBody\">" + rest +
           "</div></article></body></html>");
  EXPECT_FALSE(has(d.text, "اعتبر حزب الله الاثنين"));
}

// HTML set 26 (Duda): Bootstrap's typography classes on every <p> ("text-align-right", "text-right")
// name no container of the text; the builder's rows around the paragraphs hold it.
TEST(HtmlContent, TypographyUtilitiesAreNoContentHint) {
  auto row = [](const std::string& a, const std::string& b) {
    return "<div class=\"dmRespRow\"><div class=\"dmRespColsWrapper\"><div class=\"dmRespCol\"><div class=\"dmNewParagraph\">"
           "<p class=\"text-align-right\">" + a + "، وقال المتحدث إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع المقبل.</p>"
           "<p class=\"text-right\">" + b + "، وأضاف أن اللجنة المختصة ستتابع التنفيذ في جميع المحافظات.</p></div></div></div></div>";
  };
  Document d = page("<html><body><div class=\"menu\"><a href=\"/\">الرئيسية</a></div>" +
                    row("اعتذر نائب محافظ البنك المركزي عن وصفه", "وقالت أستاذة الاقتصاد في الجامعة") +
                    row("وتابعت أن التشبيه غير مفيد على الإطلاق", "وقال الأمين العام لاتحاد النقابات") +
                    "</body></html>");
  EXPECT_TRUE(has(d.text, "اعتذر نائب محافظ"));
  EXPECT_TRUE(has(d.text, "وقال الأمين العام لاتحاد"));
}

// HTML set 25 (Statamic): a byline, a <time> and a reading time side by side in one row are three
// lines to read (the credit rule takes the name, the date rule the date).
TEST(HtmlContent, MetadataRowWithATimeElement) {
  std::string text;
  for (int i = 0; i < 3; ++i) text += para("عزز الاتحاد الأوروبي في قمة في بروكسل دعمه السياسي");
  Document d = page("<html><body><article><h1>الاتحاد الأوروبي يضاعف تمويله لمجموعة الساحل</h1>"
                    "<p class=\"entry-header__meta\"><span class=\"entry-header__author\">بقلم كارلا خوري</span> "
                    "<time datetime=\"2018-02-23T16:15:05+00:00\">February 23rd, 2018</time> "
                    "<span class=\"entry-header__read\">وقت القراءة: 3 دقائق</span></p>" +
                    text + "</article></body></html>");
  EXPECT_TRUE(has(d.text, "بقلم كارلا خوري\n"));
  EXPECT_TRUE(has(d.text, "\nوقت القراءة: 3 دقائق"));
}

TEST(HtmlContent, BrSeparatedPortal) {
  std::string text;
  for (int i = 0; i < 5; ++i)
    text +=
        "أكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل، وأن الوفدين اتفقا على جدول الأعمال.<br><br>";
  Document d = page(
      "<html><body><table><tr><td class=nav><a href=/x>أخبار محلية</a></td>"
      "<td><div class=txt><h2>عنوان فرعي داخل الخبر</h2>" +
      text + "</div></td></tr></table></body></html>");
  EXPECT_TRUE(has(d.text, "أكدت مصادر مطلعة"));
  EXPECT_FALSE(has(d.text, "أخبار محلية"));
  EXPECT_GE(std::count(d.text.begin(), d.text.end(), '\n'), 4);
}

// A link promo between paragraphs is no body text: its story is a read-also item (a box the
// segmenter keeps), whose heading comes from the promo.
TEST(HtmlContent, InlineReadAlsoCardBecomesABox) {
  Document d =
      page("<html><head><link rel=canonical href=\"https://x.com/news/1\"></head><body><article>" +
           para("قال رئيس الوزراء في مؤتمر صحفي") +
           "<div class=\"inline-card\"><h4>اقرأ أيضا</h4><a href=\"/news/2\">البنك المركزي يرفع أسعار "
           "الفائدة مجددا</a></div>" +
           para("وفي ختام المؤتمر دعا الوزير") + "</article></body></html>");
  EXPECT_FALSE(has(d.text, "البنك المركزي"));
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].heading, "اقرأ أيضا");
  EXPECT_EQ(d.link_boxes[0].kind, "read_also");
  ASSERT_EQ(d.link_boxes[0].links.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].links[0].href, "https://x.com/news/2");
}

// Set 27 (e107, XOOPS): an old portal's box is a table whose caption cell, alone in its row, heads
// a cell of links parted by <br>; a table's column headers ("الموضوع", "الردود") head nothing; an
// Arabic comma inside the heading is punctuation ("الأكثر قراءة، بعدّاد الشبكة").
TEST(HtmlContent, PortalBoxCaptionCellHeadsItsLinks) {
  std::string links;
  for (int i = 1; i <= 4; ++i)
    links += "<img src=b.gif> <a href=\"/news.php?item." + std::to_string(i) + "\">وزير الصحة يفتتح مستشفى جديدا في المدينة رقم " +
             std::to_string(i) + "</a><br>";
  Document d = page("<html><body><table><tr><td>" + para("قال رئيس الوزراء في مؤتمر صحفي") +
                    para("وفي ختام المؤتمر دعا الوزير") +
                    "</td><td><table class=fborder><tr><td class=captiontext>الأكثر قراءة، بعدّاد الشبكة</td></tr>"
                    "<tr><td class=bodytable>" + links + "</td></tr></table></td></tr></table></body></html>");
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes.back().heading, "الأكثر قراءة، بعدّاد الشبكة");
  EXPECT_EQ(d.link_boxes.back().kind, "related");
  EXPECT_EQ(d.link_boxes.back().links.size(), 4u);
  d = page("<html><body>" + para("قال رئيس الوزراء في مؤتمر صحفي") + para("وفي ختام المؤتمر دعا الوزير") +
           "<table><tr><td class=thead>الموضوع</td><td class=thead>الردود</td></tr><tr><td>" + links +
           "</td><td>3</td></tr></table></body></html>");
  for (const auto& box : d.link_boxes) EXPECT_NE(box.heading, "الردود");
}

// Set 28 (GoDaddy, tests/data/loader/builder-header-main.html, the page cut short): a builder's
// header marked role=main over one line does not win over the post, and a "widget" class does not
// prune the block that holds the post's paragraphs (its lists of other posts make it link-heavy).
TEST(HtmlContent, LandmarkOverALineYieldsToTheProse) {
  std::ifstream in(std::string(AKHBAR_TEST_DATA) + "/loader/builder-header-main.html", std::ios::binary);
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(html.empty());
  Document d = page(html);
  EXPECT_TRUE(has(d.text, "على طريقة العمليات الإجرامية"));
  EXPECT_TRUE(has(d.text, "الحادث خلف استنفار كبير"));
  EXPECT_FALSE(has(d.text, "Bruxelles"));
}

// Set 28 (django CMS, tests/data/loader/lead-above-the-content.html, the <article> cut out): the
// lead in a block of its own above the picture and the content's rows is the text's first paragraph.
TEST(HtmlContent, LeadAboveTheContentInsideTheArticle) {
  std::ifstream in(std::string(AKHBAR_TEST_DATA) + "/loader/lead-above-the-content.html", std::ios::binary);
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(html.empty());
  Document d = page(html);
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')).rfind("رفع قبضته.. هز سبحته", 0), 0u) << d.text.substr(0, 200);
  EXPECT_TRUE(has(d.text, "لم يكن ذلك الرجل"));
}

// Set 28 (PHP-Nuke, tests/data/loader/headline-cell-with-byline.html, the story's table cut out):
// the byline row under the headline, in the headline's cell just before the text's, dates the text.
TEST(HtmlContent, BylineRowInTheHeadlineCell) {
  std::ifstream in(std::string(AKHBAR_TEST_DATA) + "/loader/headline-cell-with-byline.html", std::ios::binary);
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(html.empty());
  Document d = page(html);
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "أرسله بوعبدالله الهفوفي في الأربعاء 22 يوليو 2015 - 09:49:44");
}

// Set 27 (e107): a saved page with no address of its own is on the host most of its links lead to,
// so its read-also line to that host is the site's own story; a host few links lead to is not.
TEST(HtmlContent, ReadAlsoLineOnAPageWithoutItsAddress) {
  const std::string text = "أكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل، وأن الوفدين اتفقا على جدول الأعمال.";
  std::string menu;
  for (int i = 0; i < 5; ++i) menu += "<a href=\"http://www.okba.example/news.php?cat." + std::to_string(i) + "\">قسم</a> ";
  auto with_link = [&](const std::string& host) {
    return page("<html><body><div class=menu>" + menu + "</div><div class=newsbody>" + text + "<br /><br />" + text +
                "<br /><br /><b>سبق وكتبنا في الموقع:</b> <a href=\"http://" + host +
                "/news.php?item.1419.1\">نمر يختطف امرأة ويقتلها أمام مرافقيها</a><br /><br />" + text +
                "</div></body></html>");
  };
  Document d = with_link("www.okba.example");
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes.back().kind, "read_also");
  EXPECT_EQ(d.link_boxes.back().links[0].text, "نمر يختطف امرأة ويقتلها أمام مرافقيها");
  d = with_link("other.example");
  for (const auto& box : d.link_boxes) EXPECT_NE(box.heading, "سبق وكتبنا في الموقع");
}

// On a page that names no related list, a headed list of the site's headlines after the article
// is a list by its place whatever its heading says ("list"); one whose items are ranked (an <ol>, a
// number beside each), or that links to another site, or that comes before the article, is not.
TEST(HtmlContent, HeadedListsAfterTheArticleByStructure) {
  auto items = [](const std::string& href, const std::string& open, const std::string& close,
                  const std::string& extra) {
    std::string out = open;
    for (const char* t : {"البنك المركزي يرفع أسعار الفائدة مجددا", "الحكومة تعلن خطة جديدة للنقل العام",
                          "افتتاح معرض الكتاب بمشاركة واسعة من الناشرين"})
      out += "<li>" + extra + "<a href=\"" + href + std::to_string(out.size()) + "\">" + t + "</a></li>";
    return out + close;
  };
  Document d = page("<html><head><link rel=canonical href=\"https://x.com/news/1\"></head><body>"
                    "<section><h2>قبل الخبر</h2>" + items("/b/", "<ul>", "</ul>", "") +
                    "</section><article>" + para("قال رئيس الوزراء في مؤتمر صحفي") +
                    para("وفي ختام المؤتمر دعا الوزير") + "</article>"
                    "<section><h2>للتعمق أكثر</h2>" + items("/e/", "<ul>", "</ul>", "") + "</section>"
                    "<section><h2>ترتيب</h2>" + items("/r/", "<ol>", "</ol>", "") + "</section>"
                    "<section><h2>مشاهدات</h2>" + items("/v/", "<ul>", "</ul>", "<span>12</span>") + "</section>"
                    "<section><h2>من مواقع أخرى</h2>" + items("https://y.org/", "<ul>", "</ul>", "") + "</section>"
                    "</body></html>");
  std::vector<std::string> kinds;
  for (const auto& b : d.link_boxes) kinds.push_back(b.heading + ":" + b.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"قبل الخبر:", "للتعمق أكثر:list", "ترتيب:", "مشاهدات:",
                                             "من مواقع أخرى:"}));
}

// A table's title row spanning its columns heads the table's links (a forum's similar threads).
TEST(HtmlContent, SpanningTitleCellHeadsATable) {
  Document d = page("<html><body><div>" + para("قال رئيس الوزراء في مؤتمر صحفي") +
                    para("وفي ختام المؤتمر دعا الوزير") +
                    "</div><table><tr><td colspan=2>مواضيع مشابهة</td></tr>"
                    "<tr><td><a href=\"/t?1\">البنك المركزي يرفع أسعار الفائدة مجددا</a></td><td>3</td></tr>"
                    "<tr><td><a href=\"/t?2\">الحكومة تعلن خطة جديدة للنقل العام</a></td><td>5</td></tr>"
                    "</table></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "مواضيع مشابهة");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
  EXPECT_EQ(d.link_boxes[0].links.size(), 2u);
}

// A tab bar's tabs name their panels; list numbering and thumbnails are never titles.
TEST(HtmlContent, TabPanelsAndNumberedLists) {
  Document d = page(
      "<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
      "</article><div class=side><ul class=tabs><li>آخر الأخبار</li><li>الأكثر قراءة</li></ul>"
      "<div class=tab-content><div class=tab-pane><a href=/l1>خبر عاجل عن الطقس في العاصمة</a>"
      "<a href=/l2>خبر آخر عن حركة المرور اليوم</a></div>"
      "<div class=tab-pane><ol><li><a href=/m1><span>1</span></a><a href=/m1>الأسهم تغلق على ارتفاع "
      "قياسي</a></li>"
      "<li><a href=/m2><img alt=\"صورة الخبر الثاني هنا\"></a><a href=/m2>المنتخب يتأهل إلى النهائي</a></li>"
      "</ol></div></div></div></body></html>");
  const LinkBox* most = nullptr;
  for (const auto& b : d.link_boxes)
    if (b.heading == "الأكثر قراءة") most = &b;
  ASSERT_NE(most, nullptr);
  std::vector<std::string> titles;
  for (const auto& l : most->links) titles.push_back(l.text);
  EXPECT_EQ(titles, (std::vector<std::string>{"الأسهم تغلق على ارتفاع قياسي", "المنتخب يتأهل إلى النهائي"}));
}

// An old portal keeps its readers' comments and its print line in the article's own cell, with
// no class to name them: a block headed as a comment thread after the text, and a line of short
// links, are not the article; a sentence about comments inside the text stays.
TEST(HtmlContent, CommentThreadAndLinkLineWithoutClassNames) {
  std::string text;
  for (int i = 0; i < 6; ++i)
    text +=
        "أكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل، وأن الوفدين اتفقا على جدول الأعمال.<br><br>";
  Document d = page(
      "<html><body><table><tr><td><table><tr><td><font size=3>" + text +
      "وقال الوزير إن تعليقات المواطنين على المشروع وصلت إلى الوزارة، وإنها ستدرس جميعها.</font></td></tr>"
      "<tr><td><a href=print.asp><img alt=طباعة>طباعة</a> <a href=send.asp>أرسل لصديق</a></td></tr>"
      "<tr><td><table><tr><td><b>تعليقات القراء</b> (2)</td></tr>"
      "<tr><td>بارك الله فيكم على هذا التقرير المفصل، وأتمنى أن تنقلوا لنا صورة أوضح.</td></tr>"
      "<tr><td>شكرا على المعلومات القيمة، وننتظر منكم المزيد.</td></tr></table></td></tr>"
      "</table></td></tr></table></body></html>");
  EXPECT_TRUE(has(d.text, "أكدت مصادر مطلعة"));
  EXPECT_TRUE(has(d.text, "تعليقات المواطنين على المشروع"));
  EXPECT_FALSE(has(d.text, "بارك الله فيكم"));
  EXPECT_FALSE(has(d.text, "تعليقات القراء"));
  EXPECT_FALSE(has(d.text, "أرسل لصديق"));
  EXPECT_TRUE(detail::comments_heading("3 تعليقات"));
  EXPECT_TRUE(detail::comments_heading("أضف تعليقك"));
  EXPECT_FALSE(detail::comments_heading("وقال الوزير إن تعليقات المواطنين على المشروع وصلت إلى الوزارة"));
}

// A Joomla/K2 item: the date line above the headline inside the item's own header, the lead in a
// block of its own before the body. Both belong to the article; a bio after the body does not.
TEST(HtmlContent, LeadBlockAndDateLineAboveTheHeadline) {
  Document d = page(
      "<html><body><div class=top><span class=date>الأحد 5 مايو 2024</span></div>"
      "<div class=itemView><div class=itemHeader><span class=itemDateCreated>الأربعاء، 22 مايو 2024 "
      "10:30</span>"
      "<h2>عنوان الخبر في الصفحة</h2></div><div class=itemBody>"
      "<div class=intro><p><strong>أعلنت الحكومة اليوم عن حزمة جديدة من الإجراءات الاقتصادية، تشمل دعم "
      "الأسر وخفض الضرائب على المشروعات الصغيرة.</strong></p></div><div class=itemFullText>" +
      para("وقال وزير المالية") + para("وأضاف الوزير") + para("وأشار البيان") + para("وختم") +
      "</div><div class=bio>محرر في قسم الشؤون المحلية، يكتب عن الاقتصاد والمجتمع منذ أكثر من عشر سنوات "
      "في الصحيفة.</div></div></div></body></html>");
  EXPECT_TRUE(has(d.text, "أعلنت الحكومة اليوم عن حزمة"));
  EXPECT_TRUE(has(d.text, "وقال وزير المالية"));
  EXPECT_FALSE(has(d.text, "محرر في قسم"));
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "الأربعاء، 22 مايو 2024 10:30");
}

// Before the text, a box with a label of its own (a fact-check's claim, an aggregator's "باختصار:"
// summary) is the page's, not the article's lead.
TEST(HtmlContent, LabelledBoxBeforeTheTextIsNotTheLead) {
  std::string text = "<div class=body>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + "</div>";
  std::string claim = "يزعم منشور متداول أن أهالي القرية يتبرعون للبلدية بمبالغ كبيرة كل عام، وهو ما نفته البلدية.";
  for (const std::string& box :
       {"<div class=claim-box><div class=claim-label>الادعاء</div><blockquote>" + claim + "</blockquote></div>",
        "<div class=summary><b>باختصار:</b> <span>" + claim + "</span></div>"}) {
    Document d = page("<html><body><main><article><h1>عنوان الخبر في الصفحة</h1>" + box + text +
                      "</article></main></body></html>");
    EXPECT_FALSE(has(d.text, "يزعم منشور متداول")) << box;
    EXPECT_TRUE(has(d.text, "قالت الوزارة")) << box;
  }
}

// A dated box holding its date beside other notes gives the innermost dated element (the date
// alone); a header row above the headline counts when the text's container sits in <body>.
TEST(HtmlContent, DateInsideADatedBoxAndARowAboveTheHeadline) {
  Document boxed = page(
      "<html><body><main><article><h1>هذا اليوم في التاريخ</h1><div class=dates><span class=date>"
      "الأحد 11 ذو القعدة 1445هـ الموافق 19 مايو 2024م</span> · <span class=upd>يحدث هذا الشرح "
      "باستمرار</span></div><div class=body>" +
      para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + "</div></article></main></body></html>");
  EXPECT_EQ(boxed.text.substr(0, boxed.text.find('\n')), "الأحد 11 ذو القعدة 1445هـ الموافق 19 مايو 2024م");
  Document row = page(
      "<html><body><div class=reader><div class=src-row><span class=src-name>موقع السهل</span>"
      "<span class=src-time>20 مايو 2024 - 12:31</span></div><h1>عنوان الخبر في الصفحة</h1>"
      "<div class=summary><b>باختصار:</b> <a href=/s/1>ملخص الخبر في سطر واحد طويل</a></div>"
      "<div class=reader-text>" +
      para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + "</div></div></body></html>");
  EXPECT_EQ(row.text.substr(0, row.text.find('\n')), "20 مايو 2024 - 12:31");
}

// A UTC publish time late in the evening is the next day where the page is (Arc XP pages): the
// visible date line wins when it is that next day; an earlier UTC time keeps the metadata's date.
TEST(HtmlMeta, UtcTimePastMidnightInThePagesZone) {
  auto at = [](const std::string& utc, const std::string& visible) {
    return page("<html><head><meta property=\"article:published_time\" content=\"" + utc +
                "\"></head><body><article><h1>عنوان الخبر هنا اليوم</h1><span class=c-date>" + visible +
                "</span>" + para("قالت الوزارة") + para("وأضافت") + "</article></body></html>")
        .date;
  };
  EXPECT_EQ(at("2024-05-31T21:45:00.000Z", "1 يونيو 2024 12:45 ص"), "2024-06-01");
  // Set 35 (Publii): the zone is then at least 2h15 ahead of UTC, so an update in UTC as late in its day
  // is past midnight too; an earlier one may not be.
  auto updated = [](const std::string& modified) {
    return page("<html><head><meta property=\"article:published_time\" content=\"2020-01-29T21:45:00Z\"><meta "
                "property=\"article:modified_time\" content=\"" + modified + "\"></head><body><article><h1>عنوان "
                "الخبر هنا اليوم</h1><span class=c-date>30 يناير 2020</span>" + para("قالت الوزارة") +
                para("وأضافت") + "</article></body></html>")
        .updated;
  };
  EXPECT_EQ(updated("2020-01-31T22:57:00Z"), "2020-02-01");
  EXPECT_EQ(updated("2020-01-31T10:57:00Z"), "2020-01-31T10:57:00Z");
  EXPECT_EQ(at("2024-05-07T21:45:00Z", "7 مايو 2024 09:45 م"), "2024-05-07T21:45:00Z");
  EXPECT_EQ(at("2024-05-07T10:45:00Z", "8 مايو 2024"), "2024-05-07T10:45:00Z");
}

// A hosted blog's date sits in an element with no class or label to name it ("meta-EgzBVA"): an
// element under the headline holding a date and nothing else is the date line, and cross-checks a UTC
// time past local midnight; a sentence with a date in it, or a date before the headline, is not.
// Set 85 (Baijiahao): Baidu's "cambrian" JSON-LD, a typeless object, dates the page ("pubDate", "upDate").
TEST(HtmlMeta, BaidusCambrianMarkupDatesThePage) {
  Document d = page("<html><head><script type=\"application/ld+json\">{\"@context\": \"https://ziyuan.baidu.com/contexts/"
                    "cambrian.jsonld\", \"@id\": \"https://baijiahao.baidu.com/s?id=1\", \"title\": \"عنوان الخبر هنا اليوم\", "
                    "\"pubDate\": \"2018-04-27T11:19:26\", \"upDate\": \"2018-04-29T09:00:00\"}</script></head><body><article>"
                    "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_EQ(d.date.value_or("-").substr(0, 10), "2018-04-27");
  EXPECT_EQ(d.updated.value_or("-").substr(0, 10), "2018-04-29");
}

TEST(HtmlMeta, UnnamedDateOnlyElementUnderTheHeadline) {
  auto at = [](const std::string& before, const std::string& after) {
    return page("<html><head><meta property=\"article:published_time\" content=\"2022-09-09T22:20:00+00:00\">"
                "</head><body><div class=header-X1>" + before + "</div><h1>عنوان الخبر هنا اليوم</h1><div class=\"pc meta-EgzB\">"
                "<div><a href=/@w>دلال الفهد</a></div><div class=\"pc size-11\">" + after + "</div></div>"
                "<div class=\"body markup\">" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") +
                "</div></body></html>")
        .date;
  };
  EXPECT_EQ(at("", "Sep 10, 2022"), "2022-09-10");
  EXPECT_EQ(at("", "الأحد 10 سبتمبر 2022"), "2022-09-10");
  EXPECT_EQ(at("", "افتتاح المعرض الدولي للكتاب في 10 سبتمبر 2022 بالرياض"), "2022-09-09T22:20:00+00:00");
  EXPECT_EQ(at("Sep 10, 2022", ""), "2022-09-09T22:20:00+00:00");
}

// A publishing verb opening a short line under the headline, then its date (Wiki.js's caption "أُدرجت في
// القاعدة DATE"): the visible date line, which cross-checks a UTC time past local midnight; the update
// in the element after it goes with it. A sentence opening with the verb, or a row of two dates, is not
// read so.
TEST(HtmlMeta, PublishingVerbOpensTheDateLine) {
  auto at = [](const std::string& line, const std::string& next = "") {
    return page("<html><head><meta property=\"article:published_time\" content=\"2018-03-03T21:10:00Z\"></head>"
                "<body><div class=hdr><h1>عنوان الخبر هنا اليوم</h1><div class=caption>" + line + "</div>" + next +
                "</div><div class=sd><div class=card>Last edited by</div><div class=caption>03/04/2018</div></div>"
                "<div class=contents>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + "</div></body></html>");
  };
  EXPECT_EQ(at("أُدرجت في القاعدة 4 مارس 2018").date, "2018-03-04");
  EXPECT_EQ(at("نُشرت يوم 4 مارس 2018").date, "2018-03-04");
  EXPECT_EQ(at("نشرت الصحيفة تقريرا مطولا عن الأزمة الاقتصادية في البلاد يوم 4 مارس 2018").date,
            "2018-03-03T21:10:00Z");
  Document d = at("نُشر يوم 4 مارس 2018", "<div class=caption>آخر تحيين للخبر: 6 مارس 2018</div>");
  EXPECT_EQ(d.date, "2018-03-04");
  EXPECT_NE(d.text.find("آخر تحيين للخبر: 6 مارس 2018"), std::string::npos);
}

// A date alone under the headline, in a header outside the text's column (OpenCms's head visual), still
// cross-checks a UTC time past midnight when the text holds subheadings of its own.
TEST(HtmlMeta, DateAloneUnderTheHeadlineSurvivesTheTextsSubheadings) {
  Document d = page(
      "<html><head><meta property=\"article:published_time\" content=\"2015-07-21T21:45:00Z\"></head><body>"
      "<div class=visual><div class=container><h1>عنوان الخبر هنا اليوم</h1></div><div class=visual-info><div><span>"
      "22.07.2015</span></div></div></div><main><div class=container><div class=row><div class=col-8><div class=element>"
      "<div class=piece>" + para("قالت الوزارة") + "</div><div class=piece><h3>خلفيات القرار</h3>" + para("وأضافت") +
      "</div><div class=piece>" + para("وأشارت") + "</div></div></div><div class=col-4><h2>آخر الأخبار</h2><ul><li><a "
      "href=/a>خبر آخر عن موضوع مختلف تماما هنا</a></li><li><a href=/b>خبر ثالث عن موضوع مختلف تماما هناك</a></li>"
      "</ul></div></div></div></main></body></html>");
  EXPECT_EQ(d.date, "2015-07-22");
}

// A bare paragraph right under a picture, classed unlike the text's paragraphs (Carrd's text element
// after its image element), is the picture's caption; classed like them it is text.
TEST(HtmlContent, BareCaptionUnderAPicture) {
  auto with = [](const std::string& cls) {
    return page("<html><body><h1>عنوان الخبر هنا اليوم</h1><div id=c><p class=s3>قالت الوزارة في بيان رسمي اليوم "
                "إن الخطة الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل.</p><div class=image><img src=a.jpg></div>"
                "<p class=" + cls + ">متطوعو الحملة عند أحد التقاطعات في لقطة قديمة</p><p class=s3>وأضافت الوزارة "
                "أن الدول الأعضاء ستعود إلى طاولة الحوار في الأسابيع المقبلة لمناقشة الحصص.</p><p class=s3>وأشارت "
                "إلى أن عدد الواصلين إلى السواحل ارتفع بشكل كبير خلال الأشهر الماضية.</p></div></body></html>")
        .text;
  };
  EXPECT_EQ(with("s5").find("متطوعو الحملة"), std::string::npos);
  EXPECT_NE(with("s3").find("متطوعو الحملة"), std::string::npos);
}

// A card's label in Material Design's "overline" style heads its links (Wiki.js's "صفحات ترتبط بهذه
// الصفحة"); an "actions" bar after the text (Publii's share, tags and bio) is not the text's.
TEST(HtmlContent, OverlineLabelsAndActionBars) {
  Document d = page("<html><body><div class=contents><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وأشارت") + "</div><div class=\"entry-wrapper content__actions\"><div "
                    "class=about><p>أنقل هنا من الصحافة الساخرة ما يضحكني، وأترك التعليق لكم.</p></div></div>"
                    "<div class=card><div class=overline>صفحات ترتبط بهذه الصفحة</div><ul><li><a href=/p1>قصة "
                    "أخرى عن الموضوع نفسه هنا</a></li><li><a href=/p2>قصة ثانية عن الموضوع نفسه هناك</a></li></ul>"
                    "</div></body></html>");
  EXPECT_EQ(d.text.find("أنقل هنا"), std::string::npos);
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "صفحات ترتبط بهذه الصفحة");
  EXPECT_EQ(d.link_boxes[0].links.size(), 2u);
}

// A forum thread whose posts sit in a "reply" container (XenForo's js-replyNewMessageContainer): the
// comments hint is set aside when the container holds a third of the page or more and the best block
// outside it little; the first post is the text. Its DiscussionForumPosting JSON-LD dates it; a
// listed thread's zoned time elsewhere on the page is not "the same moment" as that UTC time, but
// it is written in the page's zone, in which the date is given.
TEST(HtmlContent, ForumThreadInAReplyContainer) {
  std::string post = "<article class=message><div class=message-body><div class=bbWrapper>" +
                     std::string("أعلنت هيئة الطيران المدني اليوم إغلاق الأجواء أمام حركة الطائرات مؤقتا، وذلك في ضوء تصاعد المخاطر في المنطقة، حسب بيان رسمي.<br><br>"
                                 "وقال البيان إن القرار جاء حفاظا على سلامة الطيران المدني، وإنه سيراجع بشكل مستمر حسب التطورات في الساعات المقبلة.<br><br>"
                                 "وأشار البيان إلى أن الرحلات المجدولة ستستأنف فور رفع الإغلاق، وأن على المسافرين متابعة شركات الطيران.") +
                     "</div></div></article>";
  Document d = page(
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\", "
      "\"headline\": \"إغلاق الأجواء\", \"datePublished\": \"2021-10-22T14:31:00+00:00\"}</script></head><body>"
      "<ul class=notices><li>أهلاً بك في المنتدى! أنت تتصفح بصفة زائر.</li></ul><h1>إغلاق الأجواء أمام الطائرات مؤقتا</h1>"
      "<div class=\"block-body js-replyNewMessageContainer\">" + post +
      "<article class=message><div class=message-body><div class=bbWrapper>شكرا على النقل</div></div></article></div>"
      "<div class=similar><a href=/t/2><time datetime=\"2021-10-19T22:31:00+0300\">19 أكتوبر</time></a></div></body></html>");
  EXPECT_NE(d.text.find("أعلنت هيئة الطيران المدني"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("وأشار البيان"), std::string::npos);
  EXPECT_EQ(d.text.find("أهلاً بك في المنتدى"), std::string::npos);
  EXPECT_EQ(d.date, "2021-10-22T17:31:00+03:00");
  EXPECT_EQ(detail::iso_instant_minutes("2021-10-22T17:31:00+0300"), detail::iso_instant_minutes("2021-10-22T14:31Z"));
  EXPECT_EQ(*detail::iso_instant_minutes("1970-01-02T00:00:00+00:00"), 1440);
  EXPECT_FALSE(detail::iso_instant_minutes("2021-10-22"));
}

// Sets 79 and 71: the thread set aside may name itself twice (esoTalk's #conversationBody around
// #conversationPosts, both "conversation"): the inner one holding nearly all of it is spared too. And a
// <form> around the thread (Bugzilla's #changeform around its comments) is the page's frame, not a control.
TEST(HtmlContent, ThreadNamedTwiceAndThreadInsideAForm) {
  std::string first = "<li><div class=post><div class=postBody>" + para("أعلن الجيش اليوم تنفيذ عملية إنزال") +
                      para("وقال الجيش في بيان") + para("وأضاف البيان أن العملية") + "</div></div></li>";
  std::string reply = "<li><div class=post><div class=postBody><p>أحسنت يا صاحب الموضوع</p></div></div></li>";
  Document d = page("<html><body><div id=hdr><h2><a href=/>منتدى القراء</a></h2><p>يفتح المنتدى أبوابه اليوم</p></div>"
                    "<h1>الجيش يعلن تنفيذ عملية إنزال جوي</h1><div id=conversationBody><ol id=conversationPosts>" + first +
                    reply + "</ol><div id=conversationReply><a href=/login>سجّل الدخول لتردّ على المحادثة</a></div></div></body></html>");
  EXPECT_TRUE(has(d.text, "أعلن الجيش اليوم")) << d.text;
  EXPECT_TRUE(has(d.text, "وأضاف البيان أن العملية"));
  EXPECT_FALSE(has(d.text, "يفتح المنتدى أبوابه"));
  EXPECT_FALSE(has(d.text, "أحسنت يا صاحب الموضوع"));
  d = page("<html><body><div id=header><h1>الجيش يعلن تنفيذ عملية إنزال جوي</h1></div><div id=body><form id=changeform>"
           "<table class=bz_comment_table><tr><td><div class=bz_comment>" + para("أعلن الجيش اليوم تنفيذ عملية إنزال") +
           para("وقال الجيش في بيان") + para("وأضاف البيان أن العملية") + "</div><div class=bz_comment><p>تمت المراجعة</p></div>"
           "</td></tr></table></form></div></body></html>");
  EXPECT_TRUE(has(d.text, "أعلن الجيش اليوم")) << d.text;
  EXPECT_TRUE(has(d.text, "وأضاف البيان أن العملية"));
  EXPECT_FALSE(has(d.text, "تمت المراجعة"));
}

// Set 29: NodeBB marks every post of a topic a comment (<li itemprop="comment">), the topic's own first;
// its replies together run longer than it. The posts count together and the first, the longest of
// them, is the text; a news page whose first comment is not its longest keeps its comments out.
TEST(HtmlContent, ForumThreadWhosePostsAreAllComments) {
  auto reply = [](const std::string& t) {
    return "<li component=post itemprop=comment><div class=content><p>" + t +
           " وهذا رأيي في الموضوع كما قرأته في الأخبار اليوم، والله أعلم بما يحدث هناك.</p></div></li>";
  };
  std::string replies;
  for (const char* t : {"تعليق أول من الأعضاء على الخبر", "تعليق ثان من الأعضاء على الخبر", "تعليق ثالث من الأعضاء",
                        "تعليق رابع من الأعضاء", "تعليق خامس من الأعضاء", "تعليق سادس من الأعضاء"})
    replies += reply(t);
  std::string first = "<li component=post itemprop=comment><div class=content>" + para("أعلن الجيش اليوم تنفيذ عملية إنزال") +
                      para("وقال الجيش في بيان") + "</div></li>";
  Document d = page("<html><body><h1>الجيش يعلن تنفيذ عملية إنزال جوي</h1><div class=topic-info><a href=/c/5>أخبار المنطقة</a></div>"
                    "<ul class=\"posts timeline\">" + first + replies + replies + "</ul></body></html>");
  EXPECT_TRUE(has(d.text, "أعلن الجيش اليوم")) << d.text;
  EXPECT_FALSE(has(d.text, "أخبار المنطقة"));  // the topic's header, not the post
  EXPECT_TRUE(has(d.text, "وقال الجيش في بيان"));
  EXPECT_FALSE(has(d.text, "تعليق ثان من الأعضاء"));
  // The first comment shorter than a later one: the group is a comment section, never the text.
  d = page("<html><body><h1>الجيش يعلن تنفيذ عملية إنزال جوي</h1><div class=story>" + para("أعلن الجيش اليوم تنفيذ عملية") +
           "</div><ul class=list>" + reply("تعليق قصير") +
           "<li itemprop=comment><div>" + para("تعليق طويل جدا من أحد القراء") + para("ويضيف القارئ") + "</div></li>" +
           replies + replies + "</ul></body></html>");
  EXPECT_TRUE(has(d.text, "أعلن الجيش اليوم تنفيذ عملية")) << d.text;
  EXPECT_FALSE(has(d.text, "تعليق طويل جدا"));
}

// A definition list's term heads the links of its description (Nucleus's sidebar "<dt>تدويناتي الأكثر
// قراءة</dt><dd><ol>...</ol></dd>"); a term over a value (XenForo's "<dt>الردود</dt><dd>7</dd>") or an empty
// one (Sputnik's) heads nothing.
TEST(HtmlContent, DefinitionTermHeadsItsLinks) {
  Document d = page("<html><body><h1>عنوان الخبر هنا في سطر</h1><div class=content>" + para("قالت الوزارة") +
                    para("وأضافت") + "</div><div id=side><dl><dt>تدويناتي الأكثر قراءة</dt><dd><ol>"
                    "<li><a href=/p/1>البنك المركزي يرفع أسعار الفائدة مجددا</a></li>"
                    "<li><a href=/p/2>الحكومة تعلن خطة جديدة للنقل العام</a></li></ol></dd></dl>"
                    "<dl><dt></dt><dd><a href=/p/3>افتتاح معرض الكتاب بمشاركة واسعة من الناشرين</a></dd></dl>"
                    "<dl><dt>الردود</dt><dd>7</dd></dl></div></body></html>");
  std::vector<std::string> heads;
  for (const auto& b : d.link_boxes) heads.push_back(b.heading + ":" + std::to_string(b.links.size()));
  EXPECT_EQ(heads, (std::vector<std::string>{"تدويناتي الأكثر قراءة:2"}));
}

// Set 29: Tiki's article: the headline and a credit row in its <header>, the lead beside the topic's
// linked icon, a row of tools (size, print, PDF, comments), then the text. The lead is the text's, past
// the tools row and the linked icon; the credit row just before it dates the page.
TEST(HtmlContent, LeadPastAToolsRowAndALinkedIcon) {
  Document d = page("<html><body><article class=article><header class=articletitle><h1>عنوان المقالة هنا</h1>"
                    "<span class=titleb>كاتب المقالة: أمين قاسمي - تاريخ النشر: الأربعاء 5 أوت 2020 21:38 - (6914 قراءة)</span>"
                    "</header><div class=articleheading><a href=\"tiki-view_articles.php?topic=4\"><img src=t.png alt=\"علوم\"></a>"
                    "<div>الطبيعة بمعناها العام تعني العالم الطبيعي أو العالم المادي كله.</div></div>"
                    "<div class=articletrailer><span>(2187 بايت)</span> <a href=/print>اطبع المقالة</a> <a href=/pdf>نسخة PDF</a> "
                    "<a href=#comments>التعليقات (3)</a></div><div class=articlebody>" + para("وتشير كلمة الطبيعة") +
                    para("ولا يتم اعتبار الأشياء المصنعة") + "</div></article></body></html>");
  EXPECT_TRUE(has(d.text, "الطبيعة بمعناها العام")) << d.text;
  EXPECT_FALSE(has(d.text, "اطبع المقالة"));
  EXPECT_TRUE(has(d.text, "تاريخ النشر: الأربعاء 5 أوت 2020")) << d.text;  // the date row, for the segmenter
}

// Set 29: a post's age shown in a link, its local time in the title ("منذ 3 أيام" over "١٣‏/٤‏/٢٠٢٤، ١:٤٣:٠٠ ص",
// direction marks after each number) is the visible date, the day after the metadata's UTC time; Mambo's
// "modifydate" row right after the text is the update line.
TEST(HtmlContent, TitledAgeAndModifyDateRow) {
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2024-04-12T22:43:00.000Z\"></head><body>"
                    "<h1>عنوان الخبر هنا في سطر</h1><div class=post-header>كتب <a href=/post/1 class=timeago-link>"
                    "<span class=timeago title=\"\xD9\xA1\xD9\xA3\xE2\x80\x8F/\xD9\xA4\xE2\x80\x8F/\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA4\xD8\x8C \xD9\xA1:\xD9\xA4\xD9\xA3:\xD9\xA0\xD9\xA0 \xD8\xB5\">منذ 3 أيام</span></a></div>"
                    "<div class=content>" + para("قالت الوزارة") + para("وأضافت") + "</div></body></html>");
  EXPECT_EQ(d.date, "2024-04-13");
  d = page("<html><body><h1>عنوان الخبر هنا في سطر</h1><table class=contentpaneopen><tr><td>" + para("قالت الوزارة") +
           para("وأضافت") + "</td></tr><tr><td class=modifydate>عُدّلت المادة ( الاثنين, 15 أبريل 2024 02:25 )</td></tr>"
           "</table></body></html>");
  EXPECT_EQ(d.text.rfind("عُدّلت المادة ( الاثنين, 15 أبريل 2024 02:25 )\n", 0), 0u) << d.text;  // for the date rules
  // Set 30: Nikola's "<time class="updated dt-updated" itemprop="dateUpdated">" in the dateline's link.
  d = page("<html><body><article><h1>عنوان الخبر هنا في سطر</h1><p class=dateline><a href=.><time class=published "
           "datetime=\"2018-05-14T13:08:18+01:00\" itemprop=datePublished>2018-05-14 13:08</time> <span class=updated>(حُدّثت "
           "<time class=\"updated dt-updated\" datetime=\"2018-05-16T19:47:18+01:00\" itemprop=dateUpdated>2018-05-16 19:47</time>)"
           "</span></a></p><div class=e-content>" + para("قالت الوزارة") + para("وأضافت") + "</div></article></body></html>");
  EXPECT_EQ(d.date, "2018-05-14T13:08:18+01:00");
  EXPECT_EQ(d.updated, "2018-05-16T19:47:18+01:00");
  // Set 31: DokuWiki's <meta name=date> is the page's last change, and a sidebar's recent changes before
  // the text ("<li><a>HEADLINE</a> <span class=date>...</span></li>") date other pages; the post's own
  // date line in the text is the date.
  d = page("<html><head><meta name=generator content=DokuWiki><meta name=date content=2021-06-07T20:20:00+02:00>"
           "</head><body><div class=site><div id=aside><h3>آخر التعديلات في الويكي</h3><ul><li><a href=/c1>خبر آخر عن "
           "موضوع مختلف تماما</a> <span class=date>2021/06/07 22:37</span></li></ul></div><div id=content><h1>عنوان "
           "الخبر هنا في سطر</h1><p class=blog-date>2021/06/06 18:58 · سكينة</p>" + para("قالت الوزارة") + para("وأضافت") +
           para("وتابعت") + "</div></div></body></html>");
  EXPECT_FALSE(d.date);
  EXPECT_EQ(d.updated, "2021-06-07T20:20:00+02:00");
  EXPECT_EQ(d.text.find("22:37"), std::string::npos) << d.text;
}

// Set 30: Jahia's news block holds the headline and the lead, a "back to the list" link follows, then the
// text in layout rows (class "row", as the page's every grid row) between a picture row and a read-also
// card row: the lead (inside <main>) and every row of prose are the text; one story after a relation's
// label between two parts of the text is a read-also card.
TEST(HtmlContent, TextInLayoutRowsAndTheLeadInTheHeadlineBlock) {
  auto row = [](const std::string& inner) { return "<div class=row><div class=col-md-12>" + inner + "</div></div>"; };
  Document d = page("<html><body><div class=row><main id=pagecontent><div class=news-v3><h1>عنوان الخبر هنا في سطر</h1>"
                    "<ul class=posted-info><li>في الشرق الأوسط</li></ul><div class=news-v3-in><p>أكدت نتائج التحقيقات التي أجرتها "
                    "السلطات اليوم وفاة الصحفي في القنصلية بعد شجار.</p></div></div>"
                    "<p><a href=\"javascript:history.back()\">عودة إلى قائمة الرصد</a></p>" +
                    row(para("ونقلت القناة عن النائب العام") + para("وشوهد الصحفي آخر مرة")) +
                    row("<figure><img src=a.jpg><figcaption>صورة أرشيفية</figcaption></figure>") +
                    row(para("وأوضح بيان النائب العام") + para("وتزامنا مع إعلان النائب العام")) +
                    row("<p><strong>من منشوراتنا السابقة حول الموضوع:</strong> <a href=/rasd/1.html>العفو الدولية تنتقد "
                        "تسليح الأطراف في اليمن وتطالب بوقفه</a></p>") +
                    row(para("كما أعفى الملك المستشار") + para("وقالت وكالة الأنباء")) + "</main></div></body></html>");
  EXPECT_TRUE(has(d.text, "أكدت نتائج التحقيقات")) << d.text;
  for (const char* part : {"ونقلت القناة", "وأوضح بيان النائب العام", "كما أعفى الملك المستشار", "وقالت وكالة الأنباء"})
    EXPECT_TRUE(has(d.text, part)) << part;
  EXPECT_FALSE(has(d.text, "عودة إلى قائمة الرصد"));
  bool card = false;
  for (const auto& b : d.link_boxes) card = card || (b.kind == "read_also" && b.links.size() == 1);
  EXPECT_TRUE(card);
}

// Set 18: Moodle's posts are role=region elements, the first one the article: a region holding a long
// text is kept (a short one beside the text is a promo and goes); prev/next links marked by arrows
// ("◄ TITLE", "TITLE ►") are no read-also items; a Tumblr post dates itself in a permalink named
// "date" in the <article>'s footer after the text.
TEST(HtmlContent, RegionsArrowsAndPermalinkDates) {
  Document d = page("<html><body><h1>عنوان الخبر هنا في سطر</h1><div class=discussion-nav>"
                    "<a href=/d/1>◄ خبر سابق عن الهجرة في المغرب</a> <a href=/d/3>خبر لاحق عن البطالة في المغرب ►</a></div>"
                    "<div class=forumpost role=region>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") +
                    "</div><div class=forumpost role=region><p>شكرا أستاذ على النقل</p></div></body></html>");
  EXPECT_NE(d.text.find("قالت الوزارة"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("شكرا أستاذ"), std::string::npos);
  for (const auto& b : d.link_boxes) EXPECT_TRUE(b.links.empty()) << b.heading;
  d = page("<html><body><div id=posts><article class=post><h1>عنوان الخبر هنا في سطر</h1><div class=post-body>" +
           para("قالت الوزارة") + para("وأضافت") + "</div><footer class=post-meta><a class=date href=/post/1>"
           "Wednesday, January 30th, 2019</a> <a class=notecount href=/post/1>12 notes</a></footer></article></div>"
           "<aside><div class=date>5 يناير 2025</div></aside></body></html>");
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "Wednesday, January 30th, 2019");
}

// Set 17: a Tilda page is a column of records, each a block as short as one of the text's: near-best
// blocks far above the best one (more than html_widen_max_levels) do not widen the text to the page.
TEST(HtmlContent, NearBestBlocksFarAwayAreThePagesOtherParts) {
  auto record = [](const std::string& text) {
    return "<div class=r><div class=t1><div class=t-container><div class=t-col><div class=t-col-in><div class=t-text>" +
           text + "</div></div></div></div></div></div>";
  };
  auto block = [](const std::string& text) { return "<div class=t-redactor__text>" + text + "</div>"; };
  std::string post = "<div class=r><div class=feed><div class=feed-post><div class=feed-wrap><div class=feed-text>"
                     "<div class=tte-view>" +
                     block("استشهدت صفحة الداعية على منصة أكس بالآية الكريمة، وقالت إن الحق يعلو. وأضافت أن الداعية بخير.") +
                     block("وكان الداعية قد أعلن في مارس الماضي إصابته بالمرض، في مقطع نشره على حسابه. وتلقى رسائل دعم كثيرة.") +
                     "</div></div></div></div></div></div>";
  std::string page_html = "<html><body><div id=allrecords>" + post +
                          record("مجلة الفلج تصدر من مسقط، وتعنى بالثقافة والمجتمع في عمان وخارجها. راسلونا على بريد المجلة.") +
                          record("نحتفظ ببعض الملفات في متصفحك، لنعرف كيف تقرأ المجلة. وتستطيع تعطيلها متى أردت من الإعدادات.") +
                          record("مختارات المجلة ترسل إليك أيام السبت، مجانا ومن دون إعلانات. وإلغاء الاشتراك بنقرة واحدة.") +
                          "</div></body></html>";
  Document d = page(page_html);
  EXPECT_NE(d.text.find("استشهدت صفحة الداعية"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("نحتفظ ببعض الملفات"), std::string::npos) << d.text;
}

// A UTC time in the metadata written again in the page's own zone by a <time datetime> of the same
// moment (a forum post's permalink stamp, in a list item) gives the page's local date; stamps of
// other moments give the page's zone when they all agree on one, and nothing when they do not.
TEST(HtmlMeta, UtcTimesTakeThePagesZoneFromATimeOfTheSameMoment) {
  auto at = [](const std::string& stamp) {
    return page("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                "\"عنوان\", \"datePublished\": \"2023-11-22T21:40:00+00:00\", \"dateModified\": "
                "\"2023-11-24T21:10:00Z\"}</script></head><body><article><h1>عنوان الخبر هنا اليوم</h1>"
                "<ul><li><a href=/p/1><time datetime=\"" + stamp + "\">23 نوفمبر</time></a></li></ul>" +
                para("قالت الوزارة") + para("وأضافت") + "</article><time datetime=\"2023-11-25T00:10:00+0300\">"
                "</time></body></html>");
  };
  Document d = at("2023-11-23T00:40:00+0300");
  EXPECT_EQ(d.date, "2023-11-23T00:40:00+0300");
  EXPECT_EQ(d.updated, "2023-11-25T00:10:00+0300");
  EXPECT_EQ(at("2023-11-19T22:31:00+0300").date, "2023-11-23T00:40:00+03:00");
  EXPECT_EQ(at("2023-11-19T22:31:00+0200").date, "2023-11-22T21:40:00+00:00");
}

// Set 17: a forum's similar-threads row names its thread, its section and its last post's time; only the
// thread is a headline.
TEST(HtmlContent, ForumRowsGiveTheirThreadOnly) {
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    "</article><div class=similar><h3>مواضيع مشابهة</h3>"
                    "<div class=row><a href=/threads/1/>الأمن يعلن اعتقال مقيمين بعد مشاجرة في مكان عام</a> "
                    "<a href=/forums/world.12/>أخبار العرب والعالم</a> <a href=/threads/1/latest>الثلاثاء الساعة 03:32</a></div>"
                    "<div class=row><a href=/threads/2/>الجيش يعلن حالة تأهب قصوى تحسبا لهجوم محتمل</a> "
                    "<a href=/forums/world.12/>أخبار العرب والعالم</a> <a href=/threads/2/latest>أمس الساعة 22:10</a></div>"
                    "</div></body></html>");
  bool found = false;
  for (const auto& b : d.link_boxes)
    if (b.heading == "مواضيع مشابهة") {
      found = true;
      ASSERT_EQ(b.links.size(), 2u);
      EXPECT_EQ(b.links[1].text, "الجيش يعلن حالة تأهب قصوى تحسبا لهجوم محتمل");
    }
  EXPECT_TRUE(found);
}

// Set 17: Next.js's root <div id="__next"> is no "next" link and an <article class="... has-footer">
// is no footer (Notion pages on Super); Plone's <header class="section-heading"> heads its related
// items; a paragraph holding only <strong> heads the link list under it inside the text.
TEST(HtmlContent, FrameworkRootsArticlesWithHintsAndPlainHeadings) {
  std::string list = "<ul><li><a href=/s/1>وزير الدفاع يعلن خطة جديدة للمساعدات</a></li><li><a href=/s/2>"
                     "مسؤولة أمريكية ترد على الادعاءات بشأن المنظمات</a></li></ul>";
  Document d = page("<html><body><div id=__next><nav><a href=/a>الرئيسية</a><a href=/b>أخبار</a><a href=/c>رياضة</a>"
                    "<a href=/d>اقتصاد</a><a href=/e>ثقافة</a><a href=/f>منوعات</a></nav><main><article class=\"notion-root "
                    "has-footer\"><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    "<p><strong>قراءات على صلة بالخبر</strong></p>" + list + "</article></main></div></body></html>");
  EXPECT_NE(d.text.find("قالت الوزارة"), std::string::npos) << d.text;
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].heading, "قراءات على صلة بالخبر");
  EXPECT_EQ(d.link_boxes[0].links.size(), 2u);
  // Set 70 (Etherpad): each line its own block, the bold heading inside the line's <span>, each item a one-item list.
  auto line = [](const std::string& inner) { return "<div class=ace-line>" + inner + "</div>"; };
  d = page("<html><body><div id=innerdocbody>" + line("<h1>عنوان الخبر هنا اليوم</h1>") + line(para("قالت الوزارة")) +
           line(para("وأضافت")) + line(para("وأشارت")) + line(para("وأوضحت")) + line(para("وختمت")) +
           line("<span class=author-a><b>أوراق في المجلد تكمل هذا الحديث</b></span>") +
           line("<ul><li><a href=/s/1>وزير الدفاع يعلن خطة جديدة للمساعدات</a></li></ul>") +
           line("<ul><li><a href=/s/2>مسؤولة أمريكية ترد على الادعاءات بشأن المنظمات</a></li></ul>") + "</div></body></html>");
  bool headed = false;
  for (const auto& b : d.link_boxes) headed = headed || (b.heading == "أوراق في المجلد تكمل هذا الحديث" && b.links.size() == 2);
  EXPECT_TRUE(headed);
  // Set 76 (Discord): a pre-wrapped message's bold run standing as the list's own sibling heads it.
  d = page("<html><body><div class=message-content>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") +
           "\n<strong>منشورات تتشابك وهذه القصة</strong>\n" + list + "</div></body></html>");
  headed = false;
  for (const auto& b : d.link_boxes) headed = headed || (b.heading == "منشورات تتشابك وهذه القصة" && b.links.size() == 2);
  EXPECT_TRUE(headed);
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=text>" + para("قالت الوزارة") +
           para("وأضافت") + "</div></article><section class=section><header class=section-heading>مواد مرتبطة بهذا "
           "الخبر</header>" + list + "</section></body></html>");
  bool found = false;
  for (const auto& b : d.link_boxes) found = found || (b.heading == "مواد مرتبطة بهذا الخبر" && b.links.size() == 2);
  EXPECT_TRUE(found);
}

// Set 18: a page dated nowhere else (a Tumblr post's permalink says "4 years ago") takes the date of
// the inline state object that names its address, written as ISO 8601 when it is a date or a Unix time;
// another object's date does not count.
TEST(HtmlMeta, InlineStateObjectNamingThePage) {
  auto at = [](const std::string& state) {
    return page("<html><head><link rel=canonical href=\"https://z.example/post/61/t3\"><script>window.zqOther = "
                "{\"post_url\": \"https://z.example/post/60/t2\", \"date\": \"2023-01-01 10:00:00 GMT\"};\n"
                "window.zqPost = " + state + ";</script></head><body><article><h1>عنوان الخبر هنا اليوم</h1>"
                "<a class=date href=/post/61/t3>4 years ago</a>" + para("قالت الوزارة") + para("وأضافت") +
                "</article></body></html>").date;
  };
  EXPECT_EQ(at("{\"id\": \"61\", \"tags\": [\"a\", {\"date\": \"1999-01-01\"}], \"timestamp\": 1710191280, "
               "\"post_url\": \"https://z.example/post/61/t3\", \"date\": \"2024-03-11 21:08:00 GMT\"}"),
            "2024-03-11T21:08:00Z");
  EXPECT_EQ(at("{\"post_url\": \"https://z.example/post/61/t3\", \"timestamp\": 1710191280}"), "2024-03-11T21:08:00Z");
  EXPECT_EQ(at("{\"post_url\": \"https://z.example/post/99/x\", \"date\": \"2024-03-11\"}"), std::nullopt);
  // Set 22's Lemmy post: the address with its slashes escaped (\u002F, \/) and the date as "published".
  EXPECT_EQ(at("{\"post\": {\"ap_id\": \"https:\\u002F\\u002Fz.example\\u002Fpost\\u002F61\\u002Ft3\", "
               "\"published\": \"2024-06-23T14:19:00Z\"}}"),
            "2024-06-23T14:19:00Z");
  EXPECT_EQ(at("{\"url\": \"https:\\/\\/z.example\\/post\\/61\\/t3\", \"published\": \"2024-06-24\"}"), "2024-06-24");
}

// Set 56 (Nuxeo): with no date in the metadata, the state object naming the page (its headline, quotes
// escaped) dates it before any visible line, its Dublin Core fields read from a member object
// ("properties") but not from an array's (its comments); a visible "Last Modified" at the publication's
// moment in the page's zone is no update, and the object's later modification is. A value in no date shape
// (TiddlyWiki's "20230129055800000") leaves the page to its visible date line.
TEST(HtmlMeta, AStateObjectDatesThePageBeforeAnActivityFeed) {
  auto dates = [](const std::string& state, const std::string& summary) {
    Document d = page("<html><head><title>بينيت: إيران \"أخطبوط الإرهاب\"</title><script type=application/json>" +
                      state + "</script></head><body><div class=side><div>Summary</div>" + summary +
                      "<div>Activity</div><div>مها علّقت: يحتاج الملف إلى صورة مرفقة</div><div>March 31, 2024 8:39 PM</div>"
                      "</div><article><h1>بينيت: إيران \"أخطبوط الإرهاب\"</h1>" + para("قالت الوزارة") +
                      para("وأضافت") + para("وتابعت") + "</article></body></html>");
    return d.date.value_or("-") + " " + d.updated.value_or("-");
  };
  const std::string head = "{\"type\": \"Note\", \"title\": \"بينيت: إيران \\\"أخطبوط الإرهاب\\\"\", ";
  EXPECT_EQ(dates(head + "\"comments\": [{\"dc:created\": \"2024-03-31T17:39:00Z\"}], \"properties\": {\"dc:created\": "
                         "\"2024-03-30T18:24:00Z\", \"dc:modified\": \"2024-03-30T18:24:00Z\"}}",
                  "<div>Last Modified March 30, 2024 9:24 PM</div>"),
            "2024-03-30T18:24:00Z -");
  EXPECT_EQ(dates(head + "\"properties\": {\"dc:created\": \"2024-10-22T21:30:00Z\", \"dc:modified\": \"2024-10-24T02:15:00Z\"}}",
                  "<div>Last Modified October 23, 2024 12:30 AM</div>"),
            "2024-10-22T21:30:00Z 2024-10-24T02:15:00Z");
  Document t = page("<html><head><title>عنوان الخبر هنا اليوم</title><script type=application/json>{\"title\": "
                    "\"عنوان الخبر هنا اليوم\", \"created\": \"20230129055800000\"}</script></head><body><article>"
                    "<h1>عنوان الخبر هنا اليوم</h1><div class=tc-subtitle><a href=\"#a\">أ. عائشة النقبي</a> 29th "
                    "January 2023 at 9:58am</div><div class=tc-tiddler-body>" + para("قالت الوزارة") + para("وأضافت") +
                    "</div></article></body></html>");
  EXPECT_FALSE(t.date) << *t.date;
  EXPECT_TRUE(has(t.text, "29th January 2023")) << t.text;
}

// Set 54 (Gitea, Joplin, Observable): a web component's stamp after "edited this page" is the update; a
// note's or notebook's "updated_time"/"update_time" (Unix milliseconds or ISO) too.
TEST(HtmlMeta, AWikisEditStampAndANotesUpdateTime) {
  Document d = page("<html><head><title>عنوان الخبر هنا اليوم</title></head><body><div class=wiki-title><div>huda.m edited "
                    "this page <relative-time class=time-since datetime=2023-12-25T17:57:00Z>a day ago</relative-time> · "
                    "<a href=/w/_history>2 revisions</a></div></div><article><h1>عنوان الخبر هنا اليوم</h1>" +
                    para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_EQ(d.updated.value_or("-"), "2023-12-25T17:57:00Z");
  d = page("<html><head><title>عنوان الخبر هنا اليوم</title></head><body><div>huda.m commented <relative-time "
           "datetime=2023-12-25T17:57:00Z>a day ago</relative-time></div><article><h1>عنوان الخبر هنا اليوم</h1>" +
           para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_FALSE(d.updated);
  d = page("<html><head><title>عنوان الخبر هنا اليوم</title><script>window.__NOTE__ = {\"title\": \"عنوان الخبر هنا "
           "اليوم\", \"created_time\": 1733944560000, \"updated_time\": 1734053340000};</script></head><body><article>"
           "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_EQ(d.date.value_or("-") + " " + d.updated.value_or("-"), "2024-12-11T19:16:00Z 1734053340000");
}

// Set 50 (Zenn, Dendron): the state object names the page by its address's last part (a slug) or by
// the headline; its modification time is the update when no other is given and it falls on a later day
// than the publication (a record saved again the same day is no edition), in the page's zone.
TEST(HtmlMeta, InlineStateObjectGivesTheUpdate) {
  auto dates = [](const std::string& head, const std::string& state) {
    Document d = page("<html><head>" + head + "<script id=__NEXT_DATA__ type=application/json>" + state +
                      "</script></head><body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
                      para("وأضافت") + para("وتابعت") + "</article></body></html>");
    return d.date.value_or("-") + " " + d.updated.value_or("-");
  };
  const std::string zenn = "<link rel=canonical href=https://zenn.example/k/articles/cbe83b586a22e3>"
                           "<meta property=article:published_time content=2023-07-11T05:06:00Z>";
  EXPECT_EQ(dates(zenn, "{\"article\": {\"slug\": \"cbe83b586a22e3\", \"publishedAt\": \"2023-07-11T05:06:00.000Z\", "
                        "\"bodyUpdatedAt\": \"2023-07-13T11:43:00.000Z\"}}"),
            "2023-07-11T05:06:00Z 2023-07-13T11:43:00.000Z");
  EXPECT_EQ(dates(zenn, "{\"article\": {\"slug\": \"cbe83b586a22e3\", \"updatedAt\": \"2023-07-11T09:00:00.000Z\"}}"),
            "2023-07-11T05:06:00Z -");  // the same day
  EXPECT_EQ(dates(zenn, "{\"article\": {\"slug\": \"another-slug-here\", \"updatedAt\": \"2023-07-13T09:00:00.000Z\"}}"),
            "2023-07-11T05:06:00Z -");  // another object
  EXPECT_EQ(dates("<title>عنوان الخبر هنا اليوم</title><meta property=article:published_time content=2024-06-23T16:00:00Z>",
                  "{\"note\": {\"title\": \"عنوان الخبر هنا اليوم\", \"created\": 1719158400000, \"updated\": 1719274620000}}"),
            "2024-06-23T16:00:00Z 1719274620000");
  EXPECT_EQ(dates("<meta property=article:published_time content=2024-01-28T15:53:00+03:00>"
                  "<link rel=canonical href=https://k.example/posts/a-long-post-slug>",
                  "{\"post\": {\"slug\": \"a-long-post-slug\", \"updatedAt\": \"2024-01-29T21:14:00Z\"}}"),
            "2024-01-28T15:53:00+03:00 2024-01-30T00:14:00+03:00");  // the published date's zone
  // Set 82 (velog): its Apollo state names the publication "released_at".
  EXPECT_EQ(dates("<meta property=og:url content=https://velog.example/@hamad/fc31f281>",
                  "{\"Post:fc31f281\": {\"url_slug\": \"fc31f281\", \"released_at\": \"2015-01-17T10:25:00.000Z\"}}"),
            "2015-01-17T10:25:00.000Z -");
  // Set 84 (Steemit): "created" and "last_update", times with no zone, each on its own day.
  EXPECT_EQ(dates("<meta property=og:url content=https://steemit.example/arabic/@sfax/e37fe48e8648>",
                  "{\"content\": {\"sfax/e37fe48e8648\": {\"permlink\": \"e37fe48e8648\", \"created\": \"2023-06-13T11:45:00\", "
                  "\"last_update\": \"2023-06-15T15:28:00\"}}}"),
            "2023-06-13T11:45:00 2023-06-15T15:28:00");
  // Set 93 (MSN): a member named for publication or modification past the listed names ("publishedDateTime",
  // "updatedDateTime"), its value a date; a name of that kind holding no date ("publishedBy") gives none.
  EXPECT_EQ(dates("<title>عنوان الخبر هنا اليوم</title><meta property=og:url content=https://msn.example/ar-ae/news/world/ar-AA10df21>",
                  "{\"article\": {\"title\": \"عنوان الخبر هنا اليوم\", \"publishedBy\": \"Sky\", \"publishedDateTime\": "
                  "\"2018-03-31T06:51:25Z\", \"updatedDateTime\": \"2018-04-02T08:00:00Z\"}}"),
            "2018-03-31T06:51:25Z 2018-04-02T08:00:00Z");
  // Set 98 (Fastmail): the forward names the page by its subject but dates only its arrival ("receivedAt"); the
  // forwarded message it attaches names it too and says when it was sent ("sentAt").
  EXPECT_EQ(dates("<title>عنوان الخبر هنا اليوم</title>",
                  "{\"emails\": [{\"subject\": \"عنوان الخبر هنا اليوم\", \"receivedAt\": \"2018-03-31T16:32:26Z\", "
                  "\"attachedEmails\": [{\"subject\": \"عنوان الخبر هنا اليوم\", \"sentAt\": \"2018-03-30T12:00:56+02:00\"}]}]}"),
            "2018-03-30T12:00:56+02:00 -");
  // Set 102 (TikTok): a short-video post's item names its creation and edit "createTime" and "editTime".
  EXPECT_EQ(dates("<title>عنوان الخبر هنا اليوم</title>",
                  "{\"itemStruct\": {\"desc\": \"عنوان الخبر هنا اليوم\", \"createTime\": \"1730615400\", \"editTime\": "
                  "\"1730817960\"}}"),
            "2024-11-03T06:30:00Z 1730817960");
  // Set 101 (Simplenote): a published note's "creationDate" and "modificationDate" (Unix seconds), named past the
  // listed names.
  EXPECT_EQ(dates("<meta property=og:url content=https://app.simplenote.example/p/e91dc7b90b>",
                  "{\"note\": {\"publishURL\": \"e91dc7b90b\", \"creationDate\": 1536587907, \"modificationDate\": "
                  "1536781047}}"),
            "2018-09-10T13:58:27Z 1536781047");
}

// Sets 47 and 48 (CoreMedia, Mautic): a JSON-LD dateModified that repeats datePublished is no update; a <time>
// classed modified, or a visible update line ("تم تحيين هذا البلاغ في …", "طرأ على النص تصويب …"), gives it.
TEST(HtmlMeta, AModifiedTimeRepeatingThePublicationLeavesTheUpdateToThePage) {
  auto updated = [](const std::string& visible) {
    Document d = page("<html><head><script type=application/ld+json>{\"@type\": \"NewsArticle\", \"datePublished\": "
                      "\"2015-11-03T07:29:00Z\", \"dateModified\": \"2015-11-03T07:29:00Z\"}</script></head><body><article>"
                      "<h1>عنوان الخبر هنا اليوم</h1>" + visible + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                      "</article></body></html>");
    return d.updated.value_or("-") + "|" + (has(d.text, "2015") ? "line" : "");
  };
  EXPECT_EQ(updated("<div class=\"cm-details__date cm-details__date--modified\"><time datetime=2015-11-04T13:23:00Z>4 "
                    "نوفمبر 2015</time></div>"),
            "2015-11-04T13:23:00Z|");
  EXPECT_EQ(updated("<p class=revised>طرأ على النص تصويب لاحق بتاريخ 4 نوفمبر 2015</p>"), "-|line");
  EXPECT_EQ(updated(""), "-|");
}

// Set 50 (HumHub): a badge that only says "Updated", its time in its title, gives the update.
TEST(HtmlMeta, AnUpdatedBadgeWithItsTimeInItsTitle) {
  auto updated = [](const std::string& badge) {
    return page("<html><head><meta property=article:published_time content=2022-12-19T12:04:00Z></head><body>"
                "<div class=wall-entry-meta><time datetime=2022-12-19T12:04:00+00:00>2 days ago</time> " + badge +
                "</div><article>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</article></body></html>")
        .updated.value_or("-");
  };
  EXPECT_EQ(updated("<span class=label title=\"Dec 21, 2022 - 10:33 PM\">Updated</span>"), "Dec 21, 2022 - 10:33 PM");
  EXPECT_EQ(updated("<span title=\"Dec 21, 2022 - 10:33 PM\">Khalid M.</span>"), "-");
  EXPECT_EQ(updated("<span class=label title=\"Members only\">Updated</span>"), "-");
}

// Set 22's Textpattern page: its <title> names its one <h1> (a permalink inside it); the site's
// tagline in a heading between the <h1> and the text is no headline.
TEST(HtmlMeta, ATitleNamedH1WinsOverAHeadingBeforeTheText) {
  Document d = page("<html><head><title>مركب فندقي وسياحي بالقالة صادق عليه المجلس | حبر الباهية</title></head><body>"
                    "<article><h1><a href=/e/1 rel=bookmark>مركب فندقي وسياحي بالقالة صادق عليه المجلس</a></h1><h2>مدونة "
                    "إخبارية صغيرة يحررها صحافيان من وهران</h2><div>" + para("قالت الوزارة") + para("وأضافت") +
                    para("وتابعت") + "</div></article></body></html>");
  EXPECT_EQ(d.title, "مركب فندقي وسياحي بالقالة صادق عليه المجلس");
}

// ARIA tabs (<button role=tab> in a role=tablist) name their role=tabpanel panels.
TEST(HtmlContent, AriaTabsNameTheirPanels) {
  Document d =
      page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
           "</article><div><div role=tablist><button role=tab>الأكثر قراءة</button>"
           "<button role=tab>الأحدث</button></div><div role=tabpanel><ol>"
           "<li><span>1</span><a href=/m1>الأسهم تغلق على ارتفاع قياسي</a></li>"
           "<li><span>2</span><a href=/m2>المنتخب يتأهل إلى النهائي</a></li></ol></div>"
           "<div role=tabpanel hidden><a href=/l1>خبر عاجل عن الطقس في العاصمة</a>"
           "<a href=/l2>خبر آخر عن حركة المرور اليوم</a></div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);  // the latest-news tab is left out: other stories
  EXPECT_EQ(d.link_boxes[0].heading, "الأكثر قراءة");
  ASSERT_EQ(d.link_boxes[0].links.size(), 2u);
  EXPECT_EQ(d.link_boxes[0].links[1].text, "المنتخب يتأهل إلى النهائي");
  bool latest = false;
  for (const auto& e : d.extraction) latest = latest || (has(e, "links\tالأحدث\t2 headline links, left out"));
  EXPECT_TRUE(latest);
}

// Latest news, picks and trending boxes list other stories, however the heading is spelt; a
// related or most-read box stays.
TEST(HtmlContent, LatestPicksAndTrendingBoxesAreNotRelated) {
  EXPECT_EQ(detail::fold_heading("آخِر الأخبار:"), "اخر الاخبار");
  EXPECT_EQ(detail::fold_heading("اخر اﻷخبار"), "اخر الاخبار");
  EXPECT_TRUE(detail::other_stories_heading("أخر الأخبار"));
  EXPECT_TRUE(detail::other_stories_heading("اخترنا لكم"));
  // The site's latest pieces (HTML set 64, Blocs), not the story's own latest developments.
  EXPECT_TRUE(detail::other_stories_heading("كتابات المرسم الأخيرة"));
  EXPECT_FALSE(detail::other_stories_heading("التطورات الأخيرة"));
  EXPECT_TRUE(detail::other_stories_heading("الأكثر تداولاً"));
  EXPECT_TRUE(detail::other_stories_heading("مختارات اليوم السابع"));
  EXPECT_TRUE(detail::other_stories_heading("اختيارات القراء"));
  EXPECT_TRUE(detail::other_stories_heading("اختيارات المحرر"));
  EXPECT_FALSE(detail::other_stories_heading("الأكثر قراءة"));
  EXPECT_FALSE(detail::other_stories_heading("مواضيع ذات صلة"));
  EXPECT_FALSE(detail::other_stories_heading("آخر الأخبار عن فيروس كورونا في مصر"));
  // Set 40 (NukeViet): what is new on the site's other sections; "new on the same file" is related.
  EXPECT_TRUE(detail::other_stories_heading("جديد الأقسام الأخرى"));
  EXPECT_FALSE(detail::other_stories_heading("جديد الأخبار ذات الصلة"));
  Document d =
      page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
           "</article><div class=box><h3>آخر الأخبار</h3><a href=/l1>خبر عاجل عن الطقس في العاصمة</a>"
           "<a href=/l2>خبر آخر عن حركة المرور اليوم</a></div><div class=box><h3>مواضيع ذات صلة</h3>"
           "<a href=/r1>المحافظ يفتتح مشروعا آخر في الشمال</a><a href=/r2>مشروعات جديدة في المحافظة هذا "
           "العام</a></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "مواضيع ذات صلة");
}

// A page that names no related list: the headed lists of stories below the text, outside the
// page's chrome, are lists by their place ("list": the segmenter takes the first whose heading its
// site_list markers leave); a heading naming where stories are kept ("في عدد اليوم أيضاً", "المزيد
// من هذا المصدر", "المصادر") is not, nor a list in <aside>/<footer>, nor any list on a page whose
// related list is named.
TEST(HtmlContent, RelatedByPlaceOnlyWhenThePageNamesNone) {
  EXPECT_TRUE(detail::container_heading("في عدد اليوم أيضاً"));
  EXPECT_TRUE(detail::container_heading("في هذه الصفحة أيضا"));
  EXPECT_TRUE(detail::container_heading("المزيد من هذا المصدر"));
  EXPECT_TRUE(detail::container_heading("المصادر"));
  EXPECT_FALSE(detail::container_heading("للتعمق أكثر"));
  // The coverage of an event names a relation, which is read before the place.
  EXPECT_TRUE(detail::names_relation("مزيد من تغطية المباراة"));
  EXPECT_TRUE(detail::names_relation("أخبار لها علاقة"));  // HTML set 10, the legacy portal
  EXPECT_TRUE(detail::names_relation("مرتبط بهذا التقرير"));  // HTML set 11
  EXPECT_TRUE(detail::names_relation("أخبار تلامس هذا الخبر"));            // HTML set 26, Ektron
  EXPECT_TRUE(detail::names_relation("مواد رصدها المركز في الملف نفسه"));  // HTML set 26, Mura
  EXPECT_FALSE(detail::names_relation("مقالات كتبها الأعضاء في المنتدى نفسه"));
  EXPECT_TRUE(detail::names_relation("قراءات على صلة بالخبر"));  // HTML set 17
  EXPECT_TRUE(detail::names_relation("قصص تتصل بهذا الحدث"));
  EXPECT_TRUE(detail::names_relation("أخبار متصلة"));
  EXPECT_FALSE(detail::names_relation("مرتبط بالسوق منذ سنوات طويلة جدا"));
  EXPECT_TRUE(detail::names_relation("مقالات ذو صلة"));
  EXPECT_TRUE(detail::names_relation("لمتابعة القصة"));  // a developing story's thread (HTML set 9)
  EXPECT_TRUE(detail::names_relation("أخبار مشابهة من مصادر أخرى"));
  EXPECT_TRUE(detail::names_relation("مواد ذات علاقة بهذا الموضوع"));
  EXPECT_TRUE(detail::names_relation("محتوى مشابه من أرشيف الملتقى"));  // the masculine (HTML set 21)
  EXPECT_TRUE(detail::names_relation("موضوع مرتبط"));
  // An invitation whose last words are the stories after a preposition (HTML set 60, Mintlify).
  EXPECT_TRUE(detail::names_relation("امضِ في القراءة عبر مواد متصلة"));
  EXPECT_FALSE(detail::names_relation("ارتفاع أسعار النفط وعوامل السوق المرتبطة"));
  // The same story's noun with "عينه" (HTML set 62, NetObjects), or after a present verb of going (Dolphin).
  EXPECT_TRUE(detail::names_relation("نصوص يشغلها السؤال عينه"));
  EXPECT_TRUE(detail::names_relation("تدوينات تسلك المسار ذاته"));
  // Longer when the items are "other" ones where the site keeps them (set 74, Basecamp); not any sentence.
  EXPECT_TRUE(detail::names_relation("رسائل أخرى على اللوحة تمس الشأن ذاته"));
  EXPECT_TRUE(detail::names_relation("عروض للوحدة تدور حول الحدث ذاته"));  // set 76, Prezi: "about" the same event
  EXPECT_FALSE(detail::names_relation("الوزير يزور المدينة ويتفقد المشروع ذاته"));
  EXPECT_FALSE(detail::names_relation("مقالات تنشر الموقع ذاته"));
  // A verb of sharing, then the story's subject with its pronoun (HTML set 64, Frog CMS).
  EXPECT_TRUE(detail::names_relation("مواد تشارك هذه موضوعها"));
  EXPECT_FALSE(detail::names_relation("شارك هذه الصفحة"));
  EXPECT_TRUE(detail::names_relation("وثائق رصد تقاسم هذه همّها"));  // this story, then what they share of it (set 66)
  EXPECT_TRUE(detail::names_relation("مقالات قرأناها في حلقات تشبه هذه"));  // likeness to this one (set 68, Owncast)
  EXPECT_TRUE(detail::names_relation("ادعاءات فحصناها من قبل وتتصل بهذا الادعاء"));  // HTML set 23
  EXPECT_FALSE(detail::names_relation("وقال الوزير اليوم إن القرار يتصل بهذا الملف"));  // a sentence
  EXPECT_FALSE(detail::names_relation("المزيد من هذا المصدر"));
  auto list = [](const std::string& heading, const std::string& at) {
    std::string items;
    for (int i = 0; i < 3; ++i)
      items += "<li><a href=/" + at + std::to_string(i) + ">قصة أخرى عن الموضوع نفسه رقم " + std::string(i + 1, 'x') +
               "</a></li>";
    return "<section><h3>" + heading + "</h3><ul>" + items + "</ul></section>";
  };
  std::string text = "<article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                     para("وأضاف المحافظ") + "</article>";
  auto kinds = [&](const std::string& after) {
    Document d = page("<html><body><main>" + text + after + "</main></body></html>");
    std::string out;
    for (const auto& b : d.link_boxes) out += b.heading + "=" + (b.kind.empty() ? "-" : b.kind) + ";";
    return out;
  };
  EXPECT_EQ(kinds(list("في عدد اليوم أيضاً", "i") + list("للتعمق أكثر", "d")),
            "في عدد اليوم أيضاً=-;للتعمق أكثر=list;");
  EXPECT_EQ(kinds(list("للتعمق أكثر", "d") + list("قصص مصورة", "p")), "للتعمق أكثر=list;قصص مصورة=list;");
  EXPECT_EQ(kinds(list("قصص مصورة", "p") + list("مواضيع ذات صلة", "r")), "قصص مصورة=-;مواضيع ذات صلة=related;");
  EXPECT_EQ(kinds("<aside>" + list("للتعمق أكثر", "d") + "</aside>"), "للتعمق أكثر=-;");
  EXPECT_EQ(kinds("<footer>" + list("للتعمق أكثر", "d") + "</footer>"), "للتعمق أكثر=-;");
}

// A share bar written as plain text under the article is no article text; a sentence that
// names a network is.
TEST(HtmlContent, PlainTextShareLine) {
  EXPECT_TRUE(detail::share_line("شارك عبر فيسبوك تويتر واتساب"));
  EXPECT_TRUE(detail::share_line("تابعونا على فيسبوك وتويتر"));
  EXPECT_TRUE(detail::share_line("شارك الخبر: فيسبوك | تويتر"));
  EXPECT_FALSE(detail::share_line("فيسبوك"));
  EXPECT_FALSE(detail::share_line("وأعلنت شركة فيسبوك أنها ستغلق حسابات على تويتر"));
  std::string text;
  for (int i = 0; i < 5; ++i)
    text +=
        "أكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل، وأن الوفدين اتفقا على جدول الأعمال.<br><br>";
  Document d =
      page("<html><body><table><tr><td><font size=3>" + text +
           "</font><br><br><font size=2>شارك عبر فيسبوك تويتر واتساب</font></td></tr></table></body></html>");
  EXPECT_TRUE(has(d.text, "أكدت مصادر مطلعة"));
  EXPECT_FALSE(has(d.text, "شارك عبر"));
}

// A short label before links that show only icons is a share bar whatever its words; a line of
// tools with one link worded like a headline gives no read-also item.
TEST(HtmlContent, IconLinkBarAndToolLine) {
  Document d = page(
      "<html><body><div class=n><div class=tools>حجم الخط: <a href=\"javascript:up()\">أ+</a> "
      "<a href=\"javascript:down()\">أ-</a> | <a href=Print.aspx?id=4>طباعة الخبر</a> | "
      "<a href=Send.aspx?id=4>أرسل الخبر إلى صديق</a></div>" +
      para("أعلنت الوزارة اليوم") + para("وأوضح الوزير") + para("وختم الوزير") +
      "<div class=bar>انشر الخبر عبر: <a href=https://fb.example/s><img src=fb.png alt=فيسبوك></a> "
      "<a href=https://x.example/s><img src=x.png alt=إكس></a></div></div></body></html>");
  EXPECT_TRUE(has(d.text, "أعلنت الوزارة اليوم"));
  EXPECT_FALSE(has(d.text, "انشر الخبر عبر"));
  for (const auto& b : d.link_boxes)
    for (const auto& l : b.links) EXPECT_NE(l.text, "أرسل الخبر إلى صديق");
}

// A paragraph after the text set wholly in italics is a note (a column's disclaimer); an
// italic phrase inside a paragraph is text. A clock time alone after the text is no paragraph.
TEST(HtmlContent, ItalicNoteAndClockTimeAfterTheText) {
  EXPECT_TRUE(detail::time_only("01:20 ت م"));
  EXPECT_TRUE(detail::time_only("9:12 ص"));
  EXPECT_TRUE(detail::time_only("13:05 GMT"));
  EXPECT_FALSE(detail::time_only("الساعة 01:20 ظهرا"));
  EXPECT_FALSE(detail::time_only("2024"));
  Document d =
      page("<html><body><div class=col><div class=body>" + para("العيد فرحة") + para("وفي تراثنا") +
           para("<em>وأخيرا</em> نقول") +
           "<p class=t>01:20 ت م</p></div><p class=note><em>ما يرد في هذه الزاوية يعبر عن رأي "
           "كاتبه، ولا يعكس بالضرورة رأي الصحيفة أو سياستها التحريرية.</em></p></div></body></html>");
  EXPECT_TRUE(has(d.text, "العيد فرحة"));
  EXPECT_TRUE(has(d.text, "وأخيرا نقول"));
  EXPECT_FALSE(has(d.text, "01:20"));
  EXPECT_FALSE(has(d.text, "يعبر عن رأي"));
}

// A print edition's text in one <pre>: it is the text's element, not the frame around it (the
// page's number, a note on the scan, a PDF link), and its blank lines part its paragraphs.
TEST(HtmlContent, PreformattedPrintTextAndItsFrame) {
  Document d = page(
      "<html><body><div class=edition><div class=info>الصفحة 3 - الأولى</div>"
      "<a class=pdf href=\"/pdf/18230/p3.pdf\">تنزيل الصفحة كاملة بصيغة PDF</a>"
      "<h1>مراجعة للعناية الصحية أثناء الرحلات الصيفية</h1>"
      "<p class=note>النص مستخرج آلياً من الصفحة المطبوعة وقد يختلف قليلاً عن الأصل</p>"
      "<pre>الطريق إلى عطلات صيفية ممتعة وبعيدة عن أي آلام تمر عبر\nالترتيب والتحضير الجيد، لمنع أي "
      "انتكاسات صحية خلالها.\n\n* تحدث مع طبيبك إذا كانت لديك أي مشاكل صحية مزمنة، قبل\nأربعة أو ستة "
      "أسابيع من المغادرة.\n\n* تأكد من إجراء ترتيبات التأمين الصحي لك ولأفراد أسرتك\nخلال فترة "
      "السفر.</pre></div></body></html>");
  EXPECT_TRUE(has(d.text, "تمر عبر الترتيب والتحضير الجيد"));
  EXPECT_TRUE(has(d.text, "خلالها.\n* تحدث مع طبيبك"));
  EXPECT_FALSE(has(d.text, "الصفحة 3"));
  EXPECT_FALSE(has(d.text, "مستخرج آلياً"));
  EXPECT_FALSE(has(d.text, "PDF"));
  for (const auto& b : d.link_boxes)
    for (const auto& l : b.links) EXPECT_FALSE(has(l.text, "PDF")) << l.text;
}

// A print edition's page dates itself by its issue line in the header, when nothing else dates it.
TEST(HtmlContent, PrintedIssueLineDatesAPageWithoutOtherDate) {
  EXPECT_TRUE(detail::issue_line("العدد 18230 - الأحد 26 مايو 2024"));
  EXPECT_TRUE(detail::issue_line("عدد رقم 512 - 04/05/2024"));
  EXPECT_FALSE(detail::issue_line("العدد 18230"));
  EXPECT_FALSE(detail::issue_line("الأحد 26 مايو 2024"));
  EXPECT_FALSE(detail::issue_line("العديد من 26 مايو 2024"));
  EXPECT_TRUE(detail::issue_line("عدد السبت 30 يونيو 2018"));  // set 56, Sendy: a newsletter's issue by its day
  EXPECT_FALSE(detail::issue_line("عدد من الزوار السبت 30 يونيو 2018"));  // "a number of", then a day
  std::string frame =
      "<header><div class=issue>العدد 18230 - الأحد 26 مايو 2024</div></header><div class=story><h1>عنوان "
      "الخبر في الصفحة الأولى</h1>" +
      para("أعلنت وزارة الصحة اليوم عن خطة جديدة") + para("وفي سياق متصل أكد الوزير") + "</div>";
  Document d = page("<html><head><meta charset=utf-8></head><body>" + frame + "</body></html>");
  // The segmenter reads the date from the line put before the text.
  EXPECT_FALSE(d.date.has_value());
  EXPECT_EQ(d.text.rfind("العدد 18230 - الأحد 26 مايو 2024\n", 0), 0u) << d.text;
  Document m = page(
      "<html><head><meta charset=utf-8><meta property=\"article:published_time\" "
      "content=\"2024-05-25T20:00:00Z\"></head><body>" +
      frame + "</body></html>");
  ASSERT_TRUE(m.date.has_value());
  EXPECT_TRUE(has(*m.date, "2024-05-25")) << *m.date;
  EXPECT_FALSE(has(m.text, "العدد")) << m.text;
}

// A heading's list may name its kind in its own class (Joomla 1.5's mod_related_items), whatever the
// heading's words; a list of another class keeps no kind.
TEST(HtmlContent, ListAfterAHeadingNamesItsKindByItsClass) {
  Document d = page(
      "<html><body><div class=story>" + para("أعلنت وزارة الصحة اليوم عن خطة جديدة") +
      para("وفي سياق متصل أكد الوزير") +
      "</div><div class=moduletable><h3>مواد أخرى</h3><ul class=relateditems><li><a href=\"/a1\">الذهب "
      "يتراجع مع صعود الدولار</a></li><li><a href=\"/a2\">البورصة المصرية تربح 10 مليارات</a></li></ul></div>"
      "<div class=moduletable><h3>مواد منوعة</h3><ul class=latestnews><li><a href=\"/b1\">فيسبوك تصنع "
      "طائرة بدون طيار</a></li><li><a href=\"/b2\">السفير المنقور شخصية "
      "فذة</a></li></ul></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 2u);
  EXPECT_EQ(d.link_boxes[0].heading, "مواد أخرى");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
  EXPECT_EQ(d.link_boxes[1].kind, "");
}

// The writer's other pieces are the related list of a page that has none of its own, without
// the "all the writer's pieces" link beside the list; beside a related list they stay out.
TEST(HtmlContent, WritersPiecesAreRelatedOnlyOnAPageWithoutARelatedList) {
  EXPECT_TRUE(detail::writers_list_heading("مقالات الكاتب"));
  EXPECT_TRUE(detail::writers_list_heading("المزيد من الكاتب"));
  EXPECT_TRUE(detail::writers_list_heading("مقالات أخرى للكاتبة"));
  EXPECT_TRUE(detail::writers_list_heading("من الكاتب نفسه"));  // HTML set 9
  EXPECT_FALSE(detail::writers_list_heading("عن الكاتب"));
  EXPECT_FALSE(detail::writers_list_heading("كتّاب الرأي"));
  EXPECT_TRUE(detail::writers_list_heading("المزيد من مقالات د. سامر الخطيب", "د. سامر الخطيب"));
  EXPECT_FALSE(detail::writers_list_heading("المزيد من مقالات د. سامر الخطيب"));
  EXPECT_FALSE(detail::writers_list_heading("عن سامر الخطيب", "سامر الخطيب"));
  std::string writer =
      "<section><h2>مقالات الكاتب</h2><ul><li><a href=/o/1>حين تصبح المدينة ذاكرة مفقودة</a></li>"
      "<li><a href=/o/2>عن الصبر الذي لا ينفد أبدا</a></li><li><a href=/o/3>رسالة إلى صديق في "
      "المهجر البعيد</a></li></ul><a href=/writer/1>كل مقالات سامر الخطيب</a></section>";
  std::string text = "<article>" + para("العيد فرحة") + para("وفي تراثنا") + "</article>";
  Document d = page("<html><body>" + text + writer + "</body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].kind, "related");
  EXPECT_EQ(d.link_boxes[0].links.size(), 3u);
  d = page("<html><body>" + text +
           "<div><h3>مقالات ذات صلة</h3><a href=/r1>المحافظ يفتتح مشروعا آخر في الشمال</a><a href=/r2>"
           "مشروعات جديدة في المحافظة هذا العام</a></div>" +
           writer + "</body></html>");
  ASSERT_EQ(d.link_boxes.size(), 2u);
  EXPECT_EQ(d.link_boxes[1].kind, "");
}

// A card's date line links to the story too; a date is no headline.
TEST(HtmlContent, DateLinksAreNoHeadlines) {
  Document d = page(
      "<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
      "</article><div class=box><h3>الأكثر مشاهدة</h3>"
      "<div><a href=/m1>الأسهم تغلق على ارتفاع قياسي</a><a href=/m1>ديسمبر 24, 2020</a></div>"
      "<div><a href=/m2>المنتخب يتأهل إلى النهائي</a><a href=/m2>12 أيار 2021</a></div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  std::vector<std::string> titles;
  for (const auto& l : d.link_boxes[0].links) titles.push_back(l.text);
  EXPECT_EQ(titles, (std::vector<std::string>{"الأسهم تغلق على ارتفاع قياسي", "المنتخب يتأهل إلى النهائي"}));
}

// Previous/next links inside the article's element name the article in their class
// ("article_details_prev_next"); they are still no article text.
TEST(HtmlContent, PreviousNextLinksInsideTheArticle) {
  Document d =
      page("<html><body><div class=article_details_body>" + para("افتتح المحافظ اليوم مشروعا جديدا") +
           para("وأوضح المحافظ") +
           "<div class=\"d-flex article_details_prev_next\"><div><a href=/n1></a><span>التالي</span>"
           "<span>في إعارة نادرة خارج هولندا لوحة الفتاة ذات القرط</span></div></div></div></body></html>");
  EXPECT_TRUE(has(d.text, "افتتح المحافظ اليوم"));
  EXPECT_FALSE(has(d.text, "في إعارة نادرة"));
}

// A <figure> that links to another story under its headline is a link card (Ghost's bookmark
// card), not a photo: its story is a read-also item and its description is no article text.
TEST(HtmlContent, FigureLinkCardIsAReadAlsoBox) {
  Document d =
      page("<html><body><section class=gh-content>" + para("قال رئيس الوزراء في مؤتمر صحفي") +
           "<figure class=kg-card><a href=/news/2><div>البنك المركزي يرفع أسعار الفائدة مجددا</div>"
           "<div>رفع البنك المركزي سعر الفائدة للمرة الثالثة هذا العام، في خطوة توقعها المحللون بعد ارتفاع "
           "التضخم في الأشهر الماضية.</div><div>الخبر</div></a></figure>" +
           para("وفي ختام المؤتمر دعا الوزير") + "</section></body></html>");
  EXPECT_FALSE(has(d.text, "رفع البنك المركزي"));
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].kind, "read_also");
  // Its title is the card's first line, not the card's whole text with its description.
  ASSERT_EQ(d.link_boxes[0].links.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].links[0].text, "البنك المركزي يرفع أسعار الفائدة مجددا");
}

// A read-also line between the summary and the rest of the text, each in a block of its own,
// is a box, not text.
TEST(HtmlContent, ReadAlsoCardBetweenChosenBlocks) {
  std::string entries;
  for (int i = 0; i < 4; ++i)
    entries +=
        "<div class=entry><time>10:0" + std::to_string(i) + "</time>" + para("وفي تحديث جديد") + "</div>";
  Document d =
      page("<html><body><div class=live><div class=summary>" + para("بدأت اليوم أعمال القمة") +
           "</div><div class=inline><strong>اقرأ أيضا:</strong> <a href=/n/7>البنك المركزي يرفع أسعار "
           "الفائدة مجددا</a></div><div class=feed>" +
           entries + "</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "بدأت اليوم أعمال القمة"));
  EXPECT_FALSE(has(d.text, "البنك المركزي"));
  bool box = false;
  for (const auto& b : d.link_boxes) box = box || (b.kind == "read_also" && b.links.size() == 1);
  EXPECT_TRUE(box);
}

// A link standing alone between the text's blocks is another story's card: its headline (not
// its kicker) is a read-also item and neither is article text. A link inside a line stays text.
TEST(HtmlContent, LinkCardBetweenTheTextsBlocks) {
  Document d = page("<html><body><section class=story-body>" + para("وصل رئيس الجمهورية إلى العاصمة") +
                    "<a class=inline-card href=/story/77><img data-src=/i.jpg><span>طالع أيضا</span>"
                    "<strong>البنك المركزي يرفع أسعار الفائدة مجددا</strong></a>" +
                    para("وكان في استقباله لدى وصوله") +
                    "<p>وقال في تصريح <a href=/story/78>نقلته وكالة الأنباء الرسمية اليوم</a> إن الزيارة مهمة، "
                    "وأضاف أنها تأتي في إطار التعاون بين البلدين.</p></section></body></html>");
  EXPECT_FALSE(has(d.text, "البنك المركزي"));
  EXPECT_FALSE(has(d.text, "طالع أيضا"));
  EXPECT_TRUE(has(d.text, "نقلته وكالة الأنباء الرسمية"));
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].kind, "read_also");
  ASSERT_EQ(d.link_boxes[0].links.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].links[0].text, "البنك المركزي يرفع أسعار الفائدة مجددا");
}

// A box of stories between two parts of the text is a read-also card whatever its class calls
// it (tagDiv's inline "td_block_related_posts"); the same box after the last paragraph keeps it.
TEST(HtmlContent, BoxBetweenPartsOfTheTextIsReadAlsoWhateverItsClass) {
  std::string box =
      "<div class=\"td_block_wrap td_block_related_posts\"><h4>اقرأ أيضا</h4><div><h3><a href=/a>البنك المركزي "
      "يرفع أسعار الفائدة مجددا</a></h3></div></div>";
  Document d = page("<html><body><div class=td-post-content>" + para("أعلنت وزارة الصحة اليوم") + box +
                    para("وفي سياق متصل أكد الوزير") + para("وأشار التقرير") + "</div></body></html>");
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].kind, "read_also");
  d = page("<html><body><div class=td-post-content>" + para("أعلنت وزارة الصحة اليوم") +
           para("وفي سياق متصل أكد الوزير") + box + "</div></body></html>");
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].kind, "related");
}

// A form control's label (a live page's auto-update toggle) is no article text.
TEST(HtmlContent, FormControlLabelsAreNoText) {
  Document d = page("<html><body><div class=live-main><h1>تغطية مباشرة لأعمال القمة العربية</h1>"
                    "<div class=live-meta>آخر تحديث: 14:15 <label><input type=checkbox checked> تحديث تلقائي</label>"
                    "</div>" +
                    para("بدأت اليوم أعمال القمة") + para("وفي تحديث جديد") + "</div></body></html>");
  EXPECT_TRUE(has(d.text, "بدأت اليوم أعمال القمة"));
  EXPECT_FALSE(has(d.text, "تحديث تلقائي"));
}

// A topic or tag page's link names a topic, not a story.
TEST(HtmlContent, TopicLinksAreNoHeadlines) {
  EXPECT_TRUE(detail::topic_href("/arabic/topics/c2dwq28209rt"));
  EXPECT_TRUE(detail::topic_href("https://news.example.com/tag/gaza/"));
  EXPECT_FALSE(detail::topic_href("https://news.example.com/2024/05/tag-line-story/"));
  // A single-page app's hash route is the page's path, not the front page (set 78, Roam Research).
  EXPECT_FALSE(detail::topic_href("https://roamresearch.com/#/app/rasid/page/6e8a0ea60"));
  EXPECT_TRUE(detail::topic_href("https://roamresearch.com/"));
  // The front page is no story (Pico's "نشرة الكورنيش الاقتصادية" linking home); a query there may be one.
  EXPECT_TRUE(detail::topic_href("https://corniche-bulletin.example/"));
  EXPECT_TRUE(detail::topic_href("https://corniche-bulletin.example"));
  EXPECT_TRUE(detail::topic_href("/"));
  EXPECT_FALSE(detail::topic_href("https://corniche-bulletin.example/?awraq/2ae0aaa791"));
  EXPECT_FALSE(detail::topic_href("/?post=4707"));
  EXPECT_TRUE(detail::topic_href("https://forum.example/forums/world-news.12/"));  // a forum's section
  EXPECT_TRUE(detail::topic_href("https://blog.example/category/sport/"));
  // Set 99 (Scoop.it): a story filed under a topic, its own id past the topic's name, is a story; a section's page
  // number is no id.
  EXPECT_FALSE(detail::topic_href("https://www.scoop.it/topic/nashrat-badr/p/5011362741/7a89cc2224"));
  EXPECT_TRUE(detail::topic_href("https://blog.example/category/sport/page/2/"));
  EXPECT_FALSE(detail::topic_href("https://forum.example/threads/48213/"));
  // Set 29: NodeBB's threads are "/topic/ID/slug" (stories); its categories stay sections.
  EXPECT_FALSE(detail::topic_href("/topic/17263/ccda4c84"));
  EXPECT_FALSE(detail::topic_href("https://forum.example/topic/18040"));
  EXPECT_TRUE(detail::topic_href("/category/5/middle-east"));
  EXPECT_TRUE(detail::topic_href("/topics/2024-elections"));
  EXPECT_FALSE(detail::topic_href("https://news.example.com/tags/"));
  EXPECT_FALSE(detail::topic_href("/arabic/articles/c6pmrme87zro?ref=/topics/x"));
  EXPECT_TRUE(detail::file_href("/pdf/18230/p3.pdf"));
  EXPECT_TRUE(detail::file_href("https://example.com/files/Report.PDF?dl=1"));
  EXPECT_FALSE(detail::file_href("https://example.com/2024/05/story.html"));
  EXPECT_FALSE(detail::file_href("https://example.com/news/12345"));
  EXPECT_FALSE(detail::file_href("https://www.example.com/"));
  Document d = page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                    "</article><div class=box><h3>مواضيع ذات صلة</h3><a href=/arabic/topics/c2dw>الصراع الفلسطيني "
                    "الإسرائيلي</a><a href=/arabic/articles/c6p>المحافظ يفتتح مشروعا آخر في الشمال</a></div>"
                    "</body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  ASSERT_EQ(d.link_boxes[0].links.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].links[0].text, "المحافظ يفتتح مشروعا آخر في الشمال");
}

// Sponsored cards under a heading of the page's own are no related stories.
TEST(HtmlContent, SponsoredCardsUnderAHeadingAreLeftOut) {
  Document d = page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                    "</article><div class=box><h3>مواضيع ذات صلة</h3>"
                    "<a href=/r1>المحافظ يفتتح مشروعا آخر في الشمال</a>"
                    "<div class=trc_related_container><a href=https://ads.example.com/1><span>حماية صحتك: التأمين "
                    "بأسعار معقولة</span><span>إعلان</span></a></div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  ASSERT_EQ(d.link_boxes[0].links.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].links[0].text, "المحافظ يفتتح مشروعا آخر في الشمال");
}

// Whatever the noun, a heading that ends "ذات صلة" or "المتعلقة" says its list is related.
TEST(HtmlContent, HeadingsThatNameARelation) {
  EXPECT_TRUE(detail::names_relation("تغطيات ذات صلة"));
  EXPECT_TRUE(detail::names_relation("قصص ذات علاقة"));
  EXPECT_TRUE(detail::names_relation("الأخبار المتعلقة"));
  EXPECT_FALSE(detail::names_relation("الأكثر قراءة"));
  EXPECT_FALSE(detail::names_relation("وقال الوزير إن المحادثات تناولت القضايا الإقليمية ذات الصلة"));
  // Indefinite forms and "in the same context".
  EXPECT_TRUE(detail::names_relation("أخبار مشابهة"));
  EXPECT_TRUE(detail::names_relation("موضوعات متعلقة"));
  EXPECT_TRUE(detail::names_relation("في السياق نفسه"));
  EXPECT_FALSE(detail::names_relation("أخبار أخرى"));
  EXPECT_FALSE(detail::names_relation("في السياق نفسه قال الوزير إن الحكومة ستواصل دعم المشروع"));
  // The phrase with its object after it, "the same <noun>", and the coverage of the story's event.
  EXPECT_TRUE(detail::names_relation("مواد ذات علاقة بهذا الموضوع"));
  EXPECT_TRUE(detail::names_relation("أخبار متعلقة بالخبر"));
  EXPECT_TRUE(detail::names_relation("من الملف نفسه"));
  EXPECT_TRUE(detail::names_relation("في نفس الموضوع"));
  EXPECT_TRUE(detail::names_relation("مزيد من تغطية المباراة"));
  EXPECT_FALSE(detail::names_relation("من نفسه"));
  EXPECT_FALSE(detail::names_relation("من الكاتب نفسه"));  // the same writer: the writer's list
  EXPECT_FALSE(detail::names_relation("في هذه الصفحة أيضاً"));
  EXPECT_FALSE(detail::names_relation("تغطية خاصة"));
  EXPECT_FALSE(detail::names_relation("قال إن المواد ذات علاقة بالتحقيق الجاري في القضية"));
}

// A most-read box however the site words around the phrase is related (tests/html/README.md).
TEST(HtmlContent, MostReadHeadingsInAnyWording) {
  EXPECT_TRUE(detail::most_read_heading("الأكثر قراءة هذا الأسبوع"));
  EXPECT_TRUE(detail::most_read_heading("الأخبار الأكثر قراءة"));
  // What the site's own public exchanges (HTML set 64, Pinegrow: "our riders"); not what circulates on the networks.
  EXPECT_TRUE(detail::most_read_heading("ما يتبادله راكبونا بكثرة"));
  EXPECT_FALSE(detail::most_read_heading("الأكثر تداولاً على المنصات"));
  EXPECT_TRUE(detail::most_read_heading("الاكثر مشاهدة اليوم"));
  EXPECT_FALSE(detail::most_read_heading("الأكثر تعليقا"));
  EXPECT_TRUE(detail::most_read_heading("الفيديوهات الأعلى مشاهدة هذا الأسبوع"));  // set 20
  EXPECT_FALSE(detail::most_read_heading("الأكثر تداولاً على المنصات"));
  EXPECT_TRUE(detail::most_read_heading("ما يتناقله جمهور الخور"));  // the site's public, not "now"  // trending (set 10)
  EXPECT_TRUE(detail::most_read_heading("الأوسع انتشاراً بين قرائنا"));
  EXPECT_FALSE(detail::most_read_heading("الأعلى سعرا في السوق"));
  // Sets 22 and 30: "more" beside a form of reading, in a sentence of up to seven words.
  EXPECT_TRUE(detail::most_read_heading("ما يقرؤه أعضاء النادي أكثر من غيره"));
  EXPECT_TRUE(detail::most_read_heading("أكثر تدوينات الدفتر قراءةً"));
  EXPECT_FALSE(detail::most_read_heading("أكثر ما يقرأ الناس في الصيف هو الروايات الخفيفة الممتعة"));
  // Sets 31 and 32: browsing, opening, listening, following, going back to a story are reading; readers
  // named with what they do; "the same tag" and "news that meets it" name a relation.
  EXPECT_TRUE(detail::most_read_heading("المتصفَّح أكثر في الموقع"));
  EXPECT_TRUE(detail::most_read_heading("الأعلى متابعة على المنصة"));
  EXPECT_TRUE(detail::most_read_heading("الأكثر استماعاً هذا الأسبوع"));
  EXPECT_TRUE(detail::most_read_heading("ما يفتحه القراء أولاً"));
  EXPECT_TRUE(detail::most_read_heading("يكثر الرجوع إليه هذا الأسبوع"));
  EXPECT_FALSE(detail::most_read_heading("يكثر الحديث عن الأسعار"));
  EXPECT_FALSE(detail::most_read_heading("القراء يكتبون"));
  // Set 36: the deed may carry the article ("tops the readings"); the readers themselves are no deed.
  EXPECT_TRUE(detail::most_read_heading("يتصدر القراءات"));
  EXPECT_FALSE(detail::most_read_heading("يتداوله القرّاء الآن"));
  // Set 38: clicks are reading; "with this" after a verb of relation names the story.
  EXPECT_TRUE(detail::most_read_heading("الأكثر نقراً من القراء في الأعداد الأخيرة"));
  EXPECT_TRUE(detail::names_relation("أوراق يتقاطع موضوعها مع هذه"));
  // Set 37: the site's public named by what it is to the site (the town's people).
  EXPECT_TRUE(detail::most_read_heading("أخبار يتابعها أهالي البلدة"));
  EXPECT_FALSE(detail::most_read_heading("أهالي البلدة يحتجون"));
  // A single-page site's hash routes are pages (Docsify); its heading anchors and "#top" are not.
  EXPECT_TRUE(detail::article_href("#/notes/ca8c146bb2"));
  EXPECT_TRUE(detail::article_href("#!/news/12"));
  EXPECT_FALSE(detail::article_href("#/notes/ca8c146bb2?id=h1"));
  EXPECT_FALSE(detail::article_href("#top"));
  Document spa = page("<html><body><article id=main><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وأشارت") + "<h2 id=h1><a href=\"#/notes/x?id=h1\" class=anchor><span>روابط "
                    "تمسّ الحدث</span></a></h2><ul><li><a href=\"#/notes/a1\">قصة أخرى عن الموضوع نفسه هنا</a></li><li><a "
                    "href=\"#/notes/a2\">قصة ثانية عن الموضوع نفسه هناك</a></li></ul></article></body></html>");
  ASSERT_EQ(spa.link_boxes.size(), 1u);
  EXPECT_EQ(spa.link_boxes[0].heading, "روابط تمسّ الحدث");
  EXPECT_EQ(spa.link_boxes[0].links.size(), 2u);
  EXPECT_TRUE(detail::names_relation("صفحات تحمل الوسم ذاته"));
  EXPECT_TRUE(detail::names_relation("أخبار تتقاطع معه"));
  EXPECT_FALSE(detail::names_relation("أخبار معه"));
  // A tags box inside the text, dropped as tags, whose heading names a relation: its links are related.
  Document t = page("<html><body><article><h1>عنوان الخبر هنا في سطر</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    "<div class=tags><h3>صفحات تحمل الوسم ذاته</h3><ul><li><a href=/p1>قصة أخرى عن الموضوع نفسه هنا"
                    "</a></li><li><a href=/p2>قصة ثانية عن الموضوع نفسه هناك</a></li></ul></div></article></body></html>");
  ASSERT_EQ(t.link_boxes.size(), 1u);
  EXPECT_EQ(t.link_boxes[0].kind, "related");
  EXPECT_EQ(t.link_boxes[0].links.size(), 2u);
  // Set 29: "one file brings them together with this story" (Mambo's module title in a <th> of seven words).
  EXPECT_TRUE(detail::names_relation("مواد يجمعها بهذه المادة ملف واحد"));
  EXPECT_FALSE(detail::names_relation("فريق واحد"));
  Document m = page("<html><body><table><tr><td id=content><h1>عنوان الخبر هنا في سطر</h1>" + para("قالت الوزارة") +
                    para("وأضافت") + "</td><td id=right><table class=moduletable><tr><th>مواد يجمعها بهذه المادة ملف واحد</th></tr>"
                    "<tr><td><ul><li><a href=\"index.php?id=2980\">الصهيونية في اختبار البقاء</a></li>"
                    "<li><a href=\"index.php?id=2969\">تاريخ موائد رمضان معرض تماثيل للحلوى</a></li></ul></td></tr></table>"
                    "</td></tr></table></body></html>");
  ASSERT_EQ(m.link_boxes.size(), 1u);
  EXPECT_EQ(m.link_boxes[0].kind, "related");
  EXPECT_TRUE(detail::names_relation("تغطيات أخرى من ملف القصة"));
  EXPECT_TRUE(detail::names_relation("مواد قريبة الصلة بما قرأت:"));
  EXPECT_TRUE(detail::names_relation("في ذات السياق من أرشيفنا"));
  EXPECT_TRUE(detail::names_relation("تابع تطورات هذا الملف"));
  EXPECT_FALSE(detail::names_relation("تطورات الأسواق العالمية اليوم"));
  EXPECT_FALSE(detail::most_read_heading("وكانت هذه القصة الأكثر قراءة على موقعنا خلال العام الماضي كله"));
  // Set 93 (Readly, Apple News): what the readers recommend is their pick, a most-read box; the reader's own deed
  // ("فتحك": your opening) ranks nothing (a top-stories list of the moment).
  EXPECT_TRUE(detail::most_read_heading("مقالات يرشحها لك القراء بعد هذا المقال"));
  EXPECT_TRUE(detail::most_read_heading("ترشيحات القراء ممن أنهوا هذه القصة"));
  EXPECT_FALSE(detail::most_read_heading("صدارة التطبيق ساعة فتحك الرابط"));
  EXPECT_FALSE(detail::most_read_heading("ترشيحات المحرر"));
  // Set 91 (SSRN) and set 95 (Castbox): downloads and plays are reading; a playlist ("قوائم تشغيل") is no play count.
  EXPECT_TRUE(detail::most_read_heading("أعلى الأوراق تنزيلاً في الشبكة هذا الأسبوع"));
  EXPECT_TRUE(detail::most_read_heading("الأكثر تشغيلاً بين مستمعي الأخبار اليوم"));
  EXPECT_FALSE(detail::most_read_heading("قوائم تشغيل أدرج فيها المستمعون المقطع"));
  // Sets 89 and 91 (Pocket, SSRN): a recommendations box whose heading names this story is chosen for it.
  EXPECT_TRUE(detail::recommended_beside_story("أوراق توصي بها الشبكة إلى جانب هذه"));
  EXPECT_TRUE(detail::recommended_beside_story("قراءات يقترحها المحررون بعد هذه القطعة"));
  EXPECT_FALSE(detail::recommended_beside_story("اقترحنا لك من المنصة"));
  EXPECT_FALSE(detail::recommended_beside_story("اقرأ أيضاً عن هذا الموضوع"));
  EXPECT_FALSE(detail::recommended_beside_story("من تيار المنصة لهذا اليوم"));  // a moment, not the story
  // Set 89 (Feedly, Inoreader, NewsBlur): the newest first is an order of arrival, not of reading; the story's subject
  // named by its pronoun after a preposition is a relation; "more" opening an eight-word heading that names the public.
  EXPECT_FALSE(detail::most_read_heading("تدفق المصادر المتابَعة، الأحدث أولاً"));
  EXPECT_TRUE(detail::names_relation("رصدنا أيضاً مواد تتشعب عن موضوعها"));
  EXPECT_FALSE(detail::names_relation("جديد الخلاصة نفسها"));
  EXPECT_TRUE(detail::most_read_heading("أكثر القصص قراءة بين أصحاب المدونات على NewsBlur"));
  // Set 97 (Diigo): a relation adjective "close to" with its object after "لـ".
  EXPECT_TRUE(detail::names_relation("روابط المجموعة المقاربة لمادة الإشارة"));
  // Set 96 (Behance, Pinterest): what the site recommends or links for this story is related whatever the box's class;
  // what a user pinned on the same board is theirs, no relation.
  EXPECT_TRUE(detail::recommends_for_story("مشاريع يرشحها الموقع لمتابعي هذا المشروع"));
  EXPECT_TRUE(detail::recommends_for_story("دبابيس يربطها الموقع بهذا الدبوس"));
  EXPECT_FALSE(detail::recommends_for_story("أعمال أخرى في ملف سالم"));
  EXPECT_FALSE(detail::names_relation("ما ثبّتته مهرة على اللوحة ذاتها"));

  Document rec = page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                      "</article><section class=recommendations><h2>قراءات يقترحها المحررون بعد هذه القطعة</h2><ul>"
                      "<li><a href=/m1>الأسهم تغلق على ارتفاع قياسي</a></li><li><a href=/m2>المنتخب يتأهل إلى النهائي</a></li>"
                      "</ul></section></body></html>");
  ASSERT_EQ(rec.link_boxes.size(), 1u);
  EXPECT_EQ(rec.link_boxes[0].kind, "related");
  Document d = page("<html><body><article>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                    "</article><div class=box><h4><span>الأكثر قراءة هذا الأسبوع</span></h4>"
                    "<div><h3><a href=/m1>الأسهم تغلق على ارتفاع قياسي</a></h3></div>"
                    "<div><h3><a href=/m2>المنتخب يتأهل إلى النهائي</a></h3></div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].kind, "related");
}

// Set 94 (Avaaz): a feed of other stories' cards — a linked headline, then an excerpt cut with an ellipsis — longer
// than the text and before it, is no text: the excerpts score nothing, the story's own paragraphs win.
TEST(HtmlContent, TeaserExcerptsUnderLinkedHeadlinesAreNoText) {
  const std::string excerpt = "، وقال المتحدث باسم الوزارة في بيان صحفي إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع المقبل، "
                              "وأضاف أن اللجنة المختصة ستتابع التنفيذ في جميع المحافظات، وأشار إلى خطط أخرى …";
  std::string feed = "<section class=feed><h2>عرائض أضافها الأعضاء</h2>";
  for (int i = 0; i < 6; ++i)
    feed += "<div class=card><a href=/p/" + std::to_string(i) + ">عريضة أخرى رقم " + std::to_string(i) +
            " عن موضوع آخر</a><p>أعلنت جهة أخرى اليوم" + excerpt + "</p></div>";
  feed += "</section>";
  Document d = page("<html><body><div class=layout>" + feed + "<main class=petition><h1>عنوان العريضة هنا اليوم</h1>" +
                    para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") + "</main></div></body></html>");
  EXPECT_TRUE(has(d.text, "افتتح المحافظ اليوم مشروعا جديدا"));
  EXPECT_FALSE(has(d.text, "أعلنت جهة أخرى اليوم"));
  // Set 103 (Airtable): a grid of other records, each a cell holding only its linked title beside a cell of its
  // excerpt cut with an ellipsis, the same way.
  std::string grid = "<div class=gridView role=grid>";
  for (int i = 0; i < 6; ++i)
    grid += "<div class=dataRow><div class=cell><a href=/rec/" + std::to_string(i) + ">سجل آخر رقم " + std::to_string(i) +
            " عن موضوع آخر</a></div><div class=cell>أعلنت جهة أخرى اليوم" + excerpt + "</div><div class=cell>1/14/2022 "
            "10:19pm</div></div>";
  grid += "</div>";
  d = page("<html><body>" + grid + "<div class=expandedRecord><h1>عنوان السجل هنا اليوم</h1><div class=cellEditor>" +
           para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") + "</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "افتتح المحافظ اليوم مشروعا جديدا"));
  EXPECT_FALSE(has(d.text, "أعلنت جهة أخرى اليوم"));
}

// Set 97 (Hypothesis): a proxy's or an archive's address wrapping the site's own is the site's.
TEST(HtmlLines, AWrappedAddressIsTheWrappedSites) {
  const std::optional<std::string> base = "https://www.skynewsarabia.com/world/1455319";
  EXPECT_TRUE(detail::same_site_url("https://via.hypothes.is/https://www.skynewsarabia.com/world/1769821", base));
  EXPECT_TRUE(detail::same_site_url("https://web.archive.org/web/2018/https://skynewsarabia.com/world/1", base));
  EXPECT_FALSE(detail::same_site_url("https://via.hypothes.is/https://www.bbc.com/arabic/1", base));
  EXPECT_FALSE(detail::same_site_url("https://via.hypothes.is/", base));
}

// A table cell that lays out the page (a WebForms ministry page: menu, sidebar and content
// cells) is no paragraph: the article's own paragraphs inside it are found, not the whole row.
TEST(HtmlContent, LayoutTableCellsAreNoParagraphs) {
  Document d = page(
      "<html><body><form id=aspnetForm><table><tr><td><table><tr><td width=200><table>"
      "<tr><td><a href=/n1>الوزير يفتتح مركز الخدمات الجديد في المدينة</a></td></tr>"
      "<tr><td><a href=/n2>انطلاق المرحلة الثانية من مشروع تطوير الطرق</a></td></tr></table></td>"
      "<td><h1>أخبار الوزارة</h1><h2><span id=ctl00_lblTitle>الوزارة تطلق خدمة إلكترونية جديدة</span></h2>"
      "<div id=ctl00_divBody>" +
      para("أطلقت الوزارة اليوم خدمة إلكترونية جديدة") + para("وأوضح المتحدث الرسمي") +
      "</div><div><span>هل كانت هذه الصفحة مفيدة؟</span> <input type=submit value=نعم></div>"
      "</td></tr></table></td></tr></table></form></body></html>");
  EXPECT_TRUE(has(d.text, "أطلقت الوزارة اليوم"));
  EXPECT_TRUE(has(d.text, "وأوضح المتحدث الرسمي"));
  EXPECT_FALSE(has(d.text, "أخبار الوزارة"));
  EXPECT_FALSE(has(d.text, "هل كانت هذه الصفحة مفيدة"));
  EXPECT_FALSE(has(d.text, "الوزير يفتتح مركز"));
}

// A paragraphs module (Drupal 9) puts each run of paragraphs in an item of the same class; a
// short item after an image item continues the text as well as the long first one.
TEST(HtmlContent, ItemsOfTheChosenBlocksClassContinueIt) {
  auto item = [](const std::string& inner) {
    return "<div class=field__item><div class=\"paragraph paragraph--type--text\"><div class=text-formatted>" +
           inner + "</div></div></div>";
  };
  Document d = page("<html><body><article><div class=field__items>" +
                    item(para("أعلن المعهد عن فتح باب القبول") + para("واشترط المعهد أن يكون المتقدم") +
                         para("وأضاف البيان أن التسجيل")) +
                    "<div class=field__item><div class=paragraph><img src=a.jpg><div class=caption>من الأرشيف"
                    "</div></div></div>" +
                    item("<p>وأهاب المعهد بالمتقدمين إحضار ملف يحتوي على الوثائق المطلوبة، مع الأصل.</p>") +
                    "</div></article></body></html>");
  EXPECT_TRUE(has(d.text, "أعلن المعهد عن فتح باب القبول"));
  EXPECT_TRUE(has(d.text, "وأهاب المعهد بالمتقدمين"));
  EXPECT_FALSE(has(d.text, "من الأرشيف"));
}

// With no element that names its date, a short date-shaped line in the block just before the
// text is the visible date line (an old portal's row between the headline and the text).
TEST(HtmlContent, DateShapedLineBeforeTheText) {
  EXPECT_TRUE(detail::date_shaped("نشر في: 11-05-2024 | 10:30 ص"));
  EXPECT_TRUE(detail::date_shaped("2024/5/11"));
  EXPECT_TRUE(detail::date_shaped("الأحد ١٢ أيار ٢٠٢٤"));
  EXPECT_TRUE(detail::date_shaped("مايو 12، 2024"));
  EXPECT_TRUE(detail::date_shaped("Sep 10, 2022"));  // Latin month names, English and French
  EXPECT_TRUE(detail::date_shaped("Sept. 10, 2022"));
  EXPECT_TRUE(detail::date_shaped("10 ao\xC3\xBBt 2018"));
  EXPECT_FALSE(detail::date_shaped("Season 10, 2022"));
  EXPECT_TRUE(detail::date_shaped("Wednesday, January 30th, 2019"));  // an ordinal's suffix
  EXPECT_FALSE(detail::date_shaped("عدد المشاهدات: 1532"));
  EXPECT_FALSE(detail::date_shaped("الفوج 12 في عام 2024"));
  EXPECT_FALSE(detail::date_shaped("هاتف 02-555-1234"));
  EXPECT_FALSE(detail::date_shaped(std::string("12 \xD9")));  // a cut-off letter ends the line
  EXPECT_FALSE(detail::date_shaped(""));
  std::string text;
  for (int i = 0; i < 4; ++i)
    text += "أكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل، وأن الوفدين اتفقا على جدول الأعمال.<br><br>";
  Document d = page("<html><body><table><tr><td><font size=5><b>المفاوضات تستأنف الأسبوع المقبل</b></font></td></tr>"
                    "<tr><td><font size=2>نشر في: 11-05-2024 | 10:30 ص</font></td></tr>"
                    "<tr><td><font size=3>" + text + "</font></td></tr>"
                    "<tr><td><table><tr><td>طباعة</td><td>أرسل لصديق</td></tr></table></td></tr>"
                    "</table></body></html>");
  EXPECT_TRUE(has(d.text, "أكدت مصادر مطلعة"));
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "نشر في: 11-05-2024 | 10:30 ص");
  // Set 27 (e107): the row links its section and carries the update in brackets; the section's
  // name is no part of the date line, the update is the update line.
  d = page("<html><body><table><tr><td><h1>المفاوضات تستأنف الأسبوع المقبل</h1></td></tr>"
           "<tr><td><div>نشره مراسل الموقع يوم 28/10/2015 - 09:29 · <a href=\"/news.php?cat.3\">أخبار الجهة</a> · "
           "[حُيّن الخبر يوم 29/10/2015 18:04]</div></td></tr>"
           "<tr><td><div>" + text + "</div></td></tr></table></body></html>");
  EXPECT_TRUE(has(d.text, "نشره مراسل الموقع يوم 28/10/2015 - 09:29\n"));
  EXPECT_TRUE(has(d.text, "[حُيّن الخبر يوم 29/10/2015 18:04]"));
  EXPECT_FALSE(has(d.text, "أخبار الجهة"));
}

TEST(HtmlMeta, JsonLdArticleInGraphAndCdata) {
  detail::JsonLdArticle a;
  detail::read_json_ld(
      "<![CDATA[ "
      "{\"@context\":\"http://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\","
      "\"name\":\"بي بي سي\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":\"عنوان &quot;الخبر&quot;\","
      "\"datePublished\":\"2024-03-03T13:52:13Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"كاتب\"}],"
      "\"publisher\":{\"@id\":\"#org\"},}]} ]]>",
      a);
  EXPECT_EQ(a.type, "ReportageNewsArticle");
  EXPECT_EQ(a.headline, "عنوان \"الخبر\"");
  EXPECT_EQ(a.published, "2024-03-03T13:52:13Z");
  EXPECT_EQ(a.author, "كاتب");
  EXPECT_EQ(a.publisher, "بي بي سي");
  detail::JsonLdArticle b;
  detail::read_json_ld("{\"@type\":\"WebPage\",\"name\":\"x\"}", b);
  EXPECT_TRUE(b.type.empty());
  detail::read_json_ld("{not json", b);
  EXPECT_TRUE(b.type.empty());
}

// The page's modification time (JSON-LD dateModified, article:modified_time, <time
// itemprop=dateModified>) is the record's `updated`; the segmenter keeps it only when it is later
// than the published date.
TEST(HtmlMeta, ModifiedTimeIsTheUpdate) {
  std::string body = "<body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                     "</article></body></html>";
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2024-05-20T10:00:00+03:00\">"
                    "<meta property=\"article:modified_time\" content=\"2024-05-21T09:00:00+03:00\"></head>" + body);
  EXPECT_EQ(d.updated, "2024-05-21T09:00:00+03:00");
  Document t = page("<html><head></head><body><article><h1>عنوان الخبر هنا اليوم</h1><time itemprop=dateModified "
                    "datetime=\"2024-05-22\">22 مايو</time>" + para("قالت الوزارة") + para("وأضافت") +
                    "</article></body></html>");
  EXPECT_EQ(t.updated, "2024-05-22");
}

// A fact-check page's ClaimReview is its main object (dated by datePublished) only when no
// article object is on the page.
TEST(HtmlMeta, JsonLdClaimReviewOnlyWithoutAnArticle) {
  detail::JsonLdArticle c;
  detail::read_json_ld(
      "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"datePublished\":\"2024-05-12\","
      "\"claimReviewed\":\"منشور متداول\",\"reviewRating\":{\"@type\":\"Rating\",\"alternateName\":\"مضلل\"}}",
      c);
  EXPECT_EQ(c.type, "ClaimReview");
  EXPECT_EQ(c.published, "2024-05-12");
  detail::JsonLdArticle both;
  detail::read_json_ld(
      "[{\"@type\":\"ClaimReview\",\"datePublished\":\"2024-05-08\"},"
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-07\"}]",
      both);
  EXPECT_EQ(both.type, "NewsArticle");
  EXPECT_EQ(both.published, "2024-05-07");
  // Yoast's graph dates the WebPage the article is part of (HTML set 11, the long read).
  detail::JsonLdArticle yoast;
  detail::read_json_ld(
      "{\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"https://x/p/\",\"datePublished\":\"2024-05-06T06:00:00+03:00\"},"
      "{\"@type\":\"Article\",\"@id\":\"https://x/p/#article\",\"isPartOf\":{\"@id\":\"https://x/p/\"},"
      "\"headline\":\"خبر\"}]}",
      yoast);
  EXPECT_EQ(yoast.type, "Article");
  EXPECT_EQ(yoast.published, "2024-05-06T06:00:00+03:00");
  // A podcast's episode page is dated by its episode (HTML set 10).
  detail::JsonLdArticle episode;
  detail::read_json_ld(
      "{\"@type\":\"PodcastEpisode\",\"name\":\"حلقة\",\"datePublished\":\"2024-05-05T06:00:00+03:00\","
      "\"partOfSeries\":{\"@type\":\"PodcastSeries\",\"name\":\"برنامج\"}}",
      episode);
  EXPECT_EQ(episode.type, "PodcastEpisode");
  EXPECT_EQ(episode.published, "2024-05-05T06:00:00+03:00");
}

// A video page's VideoObject is its main object (dated by uploadDate) only when no article
// object is on the page, whichever script comes first.
TEST(HtmlMeta, JsonLdVideoObjectOnlyWithoutAnArticle) {
  detail::JsonLdArticle v;
  detail::read_json_ld("{\"@type\":\"VideoObject\",\"name\":\"مقطع\",\"uploadDate\":\"2024-05-06T10:00:00+03:00\"}", v);
  EXPECT_EQ(v.type, "VideoObject");
  EXPECT_EQ(v.published, "2024-05-06T10:00:00+03:00");
  detail::read_json_ld("{\"@type\":\"NewsArticle\",\"headline\":\"خبر\",\"datePublished\":\"2024-05-07\"}", v);
  EXPECT_EQ(v.type, "NewsArticle");
  EXPECT_EQ(v.published, "2024-05-07");
  detail::read_json_ld("{\"@type\":\"VideoObject\",\"uploadDate\":\"2024-05-08\"}", v);
  EXPECT_EQ(v.type, "NewsArticle");
  detail::JsonLdArticle both;
  detail::read_json_ld(
      "[{\"@type\":\"VideoObject\",\"uploadDate\":\"2024-05-08\"},"
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-07\"}]",
      both);
  EXPECT_EQ(both.type, "NewsArticle");
  EXPECT_EQ(both.published, "2024-05-07");
}

// The page's own zone wins over UTC (the date the page shows); a visible date is the fallback.
TEST(HtmlMeta, DatesFromJsonLdMetaTimeAndVisibleLine) {
  std::string body = "<body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                     "</article></body></html>";
  Document d = page(
      "<html><head><meta property=\"article:published_time\" content=\"2020-12-24T23:59:50+00:00\">"
      "<script "
      "type=\"application/"
      "ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-12-25T01:59:50+02:00\"}"
      "</script></head>" +
      body);
  EXPECT_EQ(d.date, "2020-12-25T01:59:50+02:00");
  d = page(
      "<html><head><meta property=\"article:published_time\" content=\"2020-12-24T23:59:50+00:00\">"
      "<meta itemprop=\"datePublished\" content=\"2020-12-25T01:59:50+02:00\"></head>" +
      body);
  EXPECT_EQ(d.date, "2020-12-25T01:59:50+02:00");
  d = page(
      "<html><body><span property=\"dc:date\" content=\"2019-02-08T00:00:00+01:00\">الجمعة 8 فيفري "
      "2019</span>"
      "<article>" +
      para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_EQ(d.date, "2019-02-08T00:00:00+01:00");
  d = page(
      "<html><body><h1>عنوان الخبر هنا اليوم</h1><div class=article-date>تم نشره الجمعة 24 نيسان / أبريل "
      "2020</div>"
      "<div class=article-body>" +
      para("قالت الوزارة") + para("وأضافت") + "</div></body></html>");
  EXPECT_FALSE(d.date);
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "تم نشره الجمعة 24 نيسان / أبريل 2020");
}

// The date line beside the update is the published date's cross-check: a UTC time late in the
// evening is the next day in the page's zone (HTML set 10, the Jannah WordPress theme).
TEST(HtmlMeta, UpdateBesideTheDateIsNoPublishedDateLine) {
  Document d = page(
      "<html><head><meta property=\"article:published_time\" content=\"2024-05-10T22:21:00+00:00\"></head>"
      "<body><article><h1>عنوان الخبر هنا اليوم</h1><div class=post-meta><span class=\"date meta-item\">11 مايو، "
      "2024</span><span class=\"meta-item last-updated\">آخر تحديث: 12 مايو، 2024</span></div>"
      "<div class=entry-content>" +
      para("قالت الوزارة") + para("وأضافت") + "</div></article></body></html>");
  EXPECT_EQ(d.date, "2024-05-11");
}

// A blog's yearless date in the post's header ("17 مايو", a reading time beside it) cross-checks a
// UTC time of the evening before (HTML set 11, Wix).
TEST(HtmlMeta, YearlessDateInThePostsHeader) {
  EXPECT_TRUE(detail::day_month("17 مايو"));
  EXPECT_TRUE(detail::day_month("مايو 17"));
  EXPECT_FALSE(detail::day_month("قراءة لمدة 3 دقائق"));
  EXPECT_FALSE(detail::day_month("17 مايو 2024"));
  Document d = page(
      "<html><head><meta property=\"article:published_time\" content=\"2024-05-16T22:31:00.000Z\"></head><body>"
      "<article><div class=hd><ul><li><span class=\"post-metadata__date\">17 مايو</span></li><li><span "
      "class=\"post-metadata__readTime\">قراءة لمدة 3 دقائق</span></li></ul></div><div class=x><h1>عنوان الخبر هنا "
      "اليوم</h1></div><div class=y><div class=body>" +
      para("قالت الوزارة") + para("وأضافت") + "</div></div></article></body></html>");
  EXPECT_EQ(d.date, "2024-05-17");
}

// The visible headline when the metadata's title names it, without the site's name.
TEST(HtmlMeta, TitleIsTheVisibleHeadline) {
  Document d = page(
      "<html><head><meta property=\"og:title\" content=\"بوشنيل: أصدقاء الطيار يكافحون لاستيعاب ما جرى - BBC "
      "News عربي\">"
      "</head><body><h1>موقع الأخبار</h1><h1>أصدقاء الطيار بوشنيل يكافحون لاستيعاب ما جرى</h1><article>" +
      para("قالت الوزارة") + "</article></body></html>");
  EXPECT_EQ(d.title, "أصدقاء الطيار بوشنيل يكافحون لاستيعاب ما جرى");
}

// A page whose only title is a <title> naming the site and the page's kind, with an <h1> that
// names the section: the headline is the heading just before the text.
TEST(HtmlMeta, TitleIsTheHeadingBeforeTheTextWhenTheTitleNamesOnlyTheSite) {
  std::string body = "<body><h1>أخبار الوزارة</h1><h2><span>الوزارة تطلق خدمة إلكترونية جديدة للمواطنين</span></h2>"
                     "<div class=NewsBody>" +
                     para("أطلقت الوزارة اليوم خدمة إلكترونية جديدة") + para("وأوضح المتحدث") + "</div></body></html>";
  Document d = page("<html><head><title>وزارة الشؤون البلدية - تفاصيل الخبر</title></head>" + body);
  EXPECT_EQ(d.title, "الوزارة تطلق خدمة إلكترونية جديدة للمواطنين");
  // A <title> that names the heading keeps it; og:title is the page's own word.
  d = page("<html><head><title>الوزارة تطلق خدمة إلكترونية جديدة للمواطنين | بوابة الوزارة</title></head>" + body);
  EXPECT_EQ(d.title, "الوزارة تطلق خدمة إلكترونية جديدة للمواطنين");
  d = page("<html><head><meta property=\"og:title\" content=\"عنوان آخر تماما للخبر نفسه\"></head>" + body);
  EXPECT_EQ(d.title, "عنوان آخر تماما للخبر نفسه");
  // A heading that heads a list of stories before the text is no headline.
  d = page("<html><head><title>وزارة الشؤون البلدية - تفاصيل الخبر</title></head><body><div class=side>"
           "<h3>أخبار ذات صلة</h3><a href=/n1>الوزير يفتتح مركز الخدمات الجديد في المدينة</a></div>"
           "<div class=NewsBody>" +
           para("أطلقت الوزارة اليوم خدمة إلكترونية جديدة") + para("وأوضح المتحدث") + "</div></body></html>");
  EXPECT_EQ(d.title, "وزارة الشؤون البلدية - تفاصيل الخبر");
}

TEST(HtmlHints, ClassNamesInEnglishAndTransliteratedArabic) {
  auto named = [](const std::string& attr) {  // the hint of a <div ATTR>
    GumboOutput* out = gumbo_parse(("<div " + attr + ">x</div>").c_str());
    const GumboNode* body = static_cast<const GumboNode*>(out->root->v.element.children.data[1]);
    detail::Hint h = detail::html_hint(static_cast<const GumboNode*>(body->v.element.children.data[0]));
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return h;
  };
  auto hint = [&](const std::string& cls) { return named("class=\"" + cls + "\""); };
  EXPECT_EQ(hint("post-taalikat"), detail::Hint::comments);
  EXPECT_EQ(hint("comments-area"), detail::Hint::comments);
  EXPECT_EQ(hint("mawdoo3at-mortabita"), detail::Hint::related);
  EXPECT_EQ(hint("akhbar-mutaalika"), detail::Hint::related);
  EXPECT_EQ(hint("jeg_share_top"), detail::Hint::boilerplate);
  EXPECT_EQ(hint("cookie-consent"), detail::Hint::boilerplate);
  EXPECT_EQ(hint("selectionShareable"), detail::Hint::none);  // a sentence one may share, in the text
  EXPECT_EQ(hint("entry-content"), detail::Hint::content);
  EXPECT_EQ(hint("textwidget"), detail::Hint::none);
  EXPECT_EQ(hint("twitter-tweet"), detail::Hint::boilerplate);  // an embedded post: another voice
  EXPECT_EQ(hint("instagram-media"), detail::Hint::boilerplate);
  EXPECT_EQ(hint("noprint"), detail::Hint::boilerplate);  // MediaWiki's chrome (HTML set 11)
  EXPECT_EQ(hint("catlinks"), detail::Hint::boilerplate);
  // A layout that has a sidebar is no sidebar (set 59, Gollum's "has-sidebar" around its text); its sidebar and
  // the sidebar's toggle button are chrome.
  EXPECT_EQ(hint("has-sidebar"), detail::Hint::none);
  EXPECT_EQ(hint("page has-sidebar"), detail::Hint::none);
  EXPECT_EQ(hint("wiki-sidebar"), detail::Hint::boilerplate);
  EXPECT_EQ(hint("top-area has-sidebar-toggle"), detail::Hint::boilerplate);
  // Nor is a wrapper of the text and its related list (set 67, Help Scout's "withRelated") a related list, in
  // any spelling.
  EXPECT_EQ(hint("contentWrapper withRelated"), detail::Hint::none);
  EXPECT_EQ(hint("layout with-related"), detail::Hint::none);
  EXPECT_EQ(hint("post has_comments"), detail::Hint::none);
  EXPECT_EQ(hint("related-articles"), detail::Hint::related);
  EXPECT_EQ(hint("contentWithMenu"), detail::Hint::boilerplate);  // Piwigo's picture and menu: its menu's hint stays
  // React's data-testid and a Framer site's layer names name parts as classes do (set 23).
  EXPECT_EQ(named("data-framer-name=\"Related Item\""), detail::Hint::related);
  EXPECT_EQ(named("data-framer-name=\"Cookie Banner\""), detail::Hint::boilerplate);
  EXPECT_EQ(named("data-testid=\"share-bar\""), detail::Hint::boilerplate);
  EXPECT_EQ(named("data-tag=\"comments-section\""), detail::Hint::comments);  // Patreon (set 69)
  EXPECT_EQ(named("data-name=\"share-bar\""), detail::Hint::none);
}

// A wiki's sections after the text: the heading before each list names it (its "[عدل]" link left
// out), "أخبار متصلة" is related, the sources are no read-also card (HTML set 11, Wikinews).
TEST(HtmlContent, WikiSectionsHeadTheirLists) {
  auto list = [](const char* a, const char* b) {
    return std::string("<ul><li><a href=\"/wiki/1\">") + a + "</a></li><li><a href=\"/wiki/2\">" + b +
           "</a></li></ul>";
  };
  Document d = page(
      "<html><body><div class=mw-parser-output><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
      para("وأضافت") + "<h2><span class=mw-headline>أخبار متصلة</span><span class=mw-editsection>[<a "
      "href=\"/w/index.php?action=edit\">عدل</a>]</span></h2>" +
      list("وزير الداخلية يتفقد المصابين في الحادث", "وصول جثمان الشهيد إلى مسقط رأسه") +
      "<h2><span class=mw-headline>مصادر الخبر</span></h2>" +
      list("وكالة الأنباء الرسمية تنشر البيان كاملا", "صحيفة الرياض تنقل تفاصيل الحادث") +
      "<p>تصنيفات: محليات</p></div></body></html>");
  std::vector<std::string> kinds;
  for (const auto& b : d.link_boxes) kinds.push_back(b.heading + ":" + b.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"أخبار متصلة:related", "مصادر الخبر:"}));
}

// Related cards with a date under their title link ("منذ 2 أيام" in a "related-item") and a
// "اقرأ المزيد »" link: the box runs on to the last card, and the prompt is no title.
TEST(HtmlContent, RelatedCardsWithDatesAndReadMoreLinks) {
  std::string cards;
  for (const char* t : {"تعليم الجوف يودع ملايين الريالات في حسابات الطلاب", "زعيم الديبلوماسية والإعلام في المنطقة",
                        "مهرجان مدركة الثالث توعوي ترفيهي ثقافي"})
    cards += std::string("<div class=related-item><h3 class=post-title><a href=\"/news/") + std::to_string(cards.size()) +
             "/\">" + t + "</a></h3><div class=post-meta>منذ 2 أيام</div><a href=\"/news/" +
             std::to_string(cards.size()) + "/\">اقرأ المزيد »</a></div>";
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    "</article><div id=related-posts><h3>مقالات ذات صلة</h3><div class=related-posts-list>" + cards +
                    "</div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].kind, "related");
  std::vector<std::string> titles;
  for (const auto& l : d.link_boxes[0].links) titles.push_back(l.text);
  EXPECT_EQ(titles, (std::vector<std::string>{"تعليم الجوف يودع ملايين الريالات في حسابات الطلاب",
                                              "زعيم الديبلوماسية والإعلام في المنطقة",
                                              "مهرجان مدركة الثالث توعوي ترفيهي ثقافي"}));
}

// The wiki's headings go with their lists: "أخبار متصلة[عدل]" is not left in the text (set 11).
TEST(HtmlContent, AHeadingGoesWithItsDroppedList) {
  Document d = page(
      "<html><body><div class=mw-parser-output><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
      para("وأضافت") + "<h2><span class=mw-headline>أخبار متصلة</span><span class=mw-editsection>[<a "
      "href=\"/w/index.php?action=edit\">عدل</a>]</span></h2><ul><li><a href=\"/wiki/1\">وزير الداخلية يتفقد "
      "المصابين في الحادث</a></li><li><a href=\"/wiki/2\">وصول جثمان الشهيد إلى مسقط رأسه</a></li></ul></div>"
      "</body></html>");
  EXPECT_FALSE(has(d.text, "أخبار متصلة")) << d.text;
  EXPECT_TRUE(has(d.text, "قالت الوزارة")) << d.text;
}

// hAtom's older form: <abbr class="published|updated" title="ISO"> (SPIP) dates the page; an
// <abbr title> of another class is a long form, not a date.
TEST(HtmlMeta, AbbrWithHatomClassesDatesThePage) {
  std::string text = para("قالت الوزارة") + para("وأضافت");
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><p class=info><abbr class=published "
                    "title=\"2016-12-05T10:25:00Z\">الاثنين 5 ديسمبر 2016</abbr> <abbr class=updated "
                    "title=\"2016-12-06T10:00:00Z\">الثلاثاء 6 ديسمبر</abbr></p>" + text + "</article></body></html>");
  EXPECT_EQ(d.date, "2016-12-05T10:25:00Z");
  EXPECT_EQ(d.updated, "2016-12-06T10:00:00Z");
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><p><abbr title=\"2016-12-04\">م.ع.</abbr></p>" +
           text + "</article></body></html>");
  EXPECT_FALSE(d.date);
}

// A visible update line beside the date line ("آخر تحيين:", an "upd-date" class) is never the
// published date; with no update in the metadata it reaches the segmenter (set 12).
TEST(HtmlContent, UpdateLineIsNotThePublishedDate) {
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=news-meta><span class=pub-date>"
                    "نُشر في الجمعة 14 أفريل 2017 - 07:53</span> <span class=upd-date>آخر تحيين: 14 أفريل 2017 - "
                    "10:03</span></div><div class=news-body>" +
                    para("قالت الوزارة") + para("وأضافت") + "</div></article></body></html>");
  ASSERT_GE(d.text.size(), 10u);
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "نُشر في الجمعة 14 أفريل 2017 - 07:53") << d.text;
  EXPECT_TRUE(has(d.text, "آخر تحيين: 14 أفريل 2017 - 10:03")) << d.text;
}

// A page whose only title is a <title> that does not name its one <h1>: a Word file's name or a
// letterhead's line yields to the <h1>; a logo's linked <h1> does not take the title.
TEST(HtmlMeta, OneHeadlineOverAFileNameOrALetterhead) {
  std::string body = "<body><p>النشرية الإخبارية الجهوية</p><h1>الباجي قائد السبسي يستقبل الفنانة ماجدة الرومي</h1>" +
                     para("استقبل رئيس الجمهورية اليوم") + para("وعبرت الفنانة") + "</body></html>";
  Document d = page("<html><head><title>Microsoft Word - nachria_21-03-2017.docx</title></head>" + body);
  EXPECT_EQ(d.title, "الباجي قائد السبسي يستقبل الفنانة ماجدة الرومي");
  d = page("<html><head><title>النشرية الإخبارية الجهوية</title></head>" + body);
  EXPECT_EQ(d.title, "الباجي قائد السبسي يستقبل الفنانة ماجدة الرومي");
  d = page("<html><head><title>الوزير يفتتح مركز الخدمات الجديد | الجريدة</title></head><body><h1><a href=/>"
           "جريدة الأخبار اليومية الأولى</a></h1>" + para("افتتح الوزير") + para("وقال") + "</body></html>");
  EXPECT_NE(d.title, "جريدة الأخبار اليومية الأولى");
}

// Inside the text: an <aside> read-also card is read for its link; a box that is only a heading
// over pictures (SPIP's attached photos) and a "ردود على المقال" thread are no text (set 12).
TEST(HtmlContent, AsideCardsGalleriesAndCommentThreads) {
  std::string thumbs;
  for (int i = 0; i < 3; ++i) thumbs += "<li><a href=\"/IMG/" + std::to_string(i) + ".jpg\"><img src=x.jpg alt=\"\"></a></li>";
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=feature-body>" + para("قالت الوزارة") +
                    "<aside class=see-also-card><span>اقرأ أيضا في هذا الملف</span> <a href=\"/dossier/7300\">وفاة "
                    "مواطن على إثر حريق في مستودع لبيع الوقود</a></aside>" + para("وأضافت") + para("وتابعت") +
                    "<div class=documents_portfolio><h2>صور مرفقة بالمقال</h2><ul>" + thumbs + "</ul></div>"
                    "<div class=thread><h2>ردود على المقال</h2><p>معلومة تستحق المتابعة ونرجو أن تعودوا إلى الموضوع.</p>"
                    "</div></div></article></body></html>");
  EXPECT_FALSE(has(d.text, "صور مرفقة بالمقال")) << d.text;
  EXPECT_FALSE(has(d.text, "معلومة تستحق المتابعة")) << d.text;
  bool card = false;
  for (const auto& b : d.link_boxes)
    for (const auto& l : b.links) card = card || l.text == "وفاة مواطن على إثر حريق في مستودع لبيع الوقود";
  EXPECT_TRUE(card);
}

// Dates a page states without a date class: a meta "pubdate" in ISO's basic form with its
// "lastmod", a <time> inside a box named as the modification, a span whose text opens with a
// date's label beside one naming the update (set 13).
TEST(HtmlMeta, DatesByTheirLabelsAndTheirBoxes) {
  std::string text = para("قالت الوزارة") + para("وأضافت");
  Document d = page("<html><head><meta name=pubdate content=\"20180226\"><meta name=lastmod content=\"20180227\">"
                    "</head><body><article><h1>عنوان الخبر هنا اليوم</h1>" + text + "</article></body></html>");
  EXPECT_EQ(d.date, "20180226");
  EXPECT_EQ(d.updated, "20180227");
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=wp-block-post-date><time "
           "datetime=\"2018-01-23T18:58:46+03:00\">23 يناير 2018</time></div><div "
           "class=wp-block-post-date__modified-date>عُدّل في <time datetime=\"2018-01-23T22:10:46+03:00\">23 يناير "
           "2018</time></div>" + text + "</article></body></html>");
  EXPECT_EQ(d.date, "2018-01-23T18:58:46+03:00");
  EXPECT_EQ(d.updated, "2018-01-23T22:10:46+03:00");
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=news-info><span class=pub>وقت النشر: "
           "الجمعة ١٦ شباط ٢٠١٨ - ٠٥:٠٢ م</span> <span class=edit>وقت التعديل: الجمعة ١٦ شباط ٢٠١٨ - ٠٦:٢٧ م"
           "</span></div><div class=body>" + text + "</div></article></body></html>");
  EXPECT_TRUE(has(d.text, "وقت النشر: الجمعة ١٦ شباط ٢٠١٨")) << d.text;
  EXPECT_TRUE(has(d.text, "وقت التعديل: الجمعة ١٦ شباط ٢٠١٨")) << d.text;
}

// Instant Articles: the related list names itself in its title attribute inside the article's
// own <footer>; a data-sponsored item is no story of the site's.
TEST(HtmlContent, TitledRelatedListInTheArticlesFooter) {
  Document d = page("<html><body><article><header><h1>عنوان الخبر هنا اليوم</h1></header>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "<footer><small>حقوق النشر محفوظة للموقع</small><ul "
                    "class=op-related-articles title=\"قراءات مرتبطة\"><li><a href=\"/r0\">مشجعو تونس في المونديال "
                    "اللاعب رقم 12</a></li><li><a href=\"/r1\">الفرنسيون ينتظرون عودة فريق الديوك</a></li><li "
                    "data-sponsored=true><a href=\"https://partners.example/c\">عروض الربيع على رحلات الجزائر "
                    "وإسطنبول</a></li></ul></footer></article></body></html>");
  std::vector<std::string> titles;
  for (const auto& b : d.link_boxes)
    for (const auto& l : b.links) titles.push_back(b.heading + ": " + l.text);
  EXPECT_EQ(titles, (std::vector<std::string>{"قراءات مرتبطة: مشجعو تونس في المونديال اللاعب رقم 12",
                                              "قراءات مرتبطة: الفرنسيون ينتظرون عودة فريق الديوك"}));
}

// Set 14: a page on a US platform writes "05/11/2018" month first, as its English dates show
// ("May 7, 2018"), and the visible line reaches the segmenter so; a numeric date whose first number
// cannot be a month proves the page day first. A web component's named slot heads its list; a
// picture with a short line under it in a <div> is a caption.
TEST(HtmlContent, MonthFirstPagesSlotHeadingsAndPictureWrappers) {
  std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  std::string tail = "<div class=related><div class=related-date>May 7, 2018</div></div>";
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=post-date>05/11/2018</div>" + text +
                    "</article>" + tail + "</body></html>");
  EXPECT_TRUE(has(d.text, "2018-05-11")) << d.text;
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=post-date>05/11/2018</div>" + text +
           "</article>" + tail + "<p>13/05/2018</p></body></html>");
  EXPECT_TRUE(has(d.text, "05/11/2018")) << d.text;
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=post-date>05/11/2018</div>" + text +
           "</article></body></html>");
  EXPECT_TRUE(has(d.text, "05/11/2018")) << d.text;  // no English date: day first, as Arabic pages write

  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1>" + text +
           "<div class=sfimageWrp><img src=\"/a.jpg\" alt=\"\"><span>الصورة: المكتب الإعلامي للشبكة</span></div>" + para("وختمت") +
           "</article><mj-rail><span slot=heading>تقارير مرتبطة</span><ul><li><a href=\"/s/1\">الحريري: الوضع "
           "الاقتصادي صعب وهذا هو الحل</a></li><li><a href=\"/s/2\">النواب يقر مشروعا للإنفاق بتريليون دولار</a></li>"
           "</ul></mj-rail></body></html>");
  EXPECT_FALSE(has(d.text, "المكتب الإعلامي")) << d.text;
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes.back().heading, "تقارير مرتبطة");
  EXPECT_EQ(d.link_boxes.back().links.size(), 2u);
}

// An old portal's related table inside the article, under a <div> made bold by its inline style.
TEST(HtmlContent, BoldStyledDivHeadsTheTableUnderIt) {
  std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  Document d = page("<html><body><div class=main><h1>عنوان الخبر هنا اليوم</h1>" + text +
                    "<div style=\"background:#036;font-weight: bold\">أخبار متعلقة بهذا الخبر</div><table><tr><td><a "
                    "href=\"news.php?id=7300\">ختام البرنامج التأهيلي لإدارة المشاريع الاحترافية</a></td></tr><tr><td><a "
                    "href=\"news.php?id=7301\">قائد لواء الحرس الوطني ينقل تعازي القيادة</a></td></tr></table></div></body></html>");
  bool found = false;
  for (const auto& b : d.link_boxes) found = found || (b.heading == "أخبار متعلقة بهذا الخبر" && b.links.size() == 2);
  EXPECT_TRUE(found);
  EXPECT_FALSE(has(d.text, "أخبار متعلقة بهذا الخبر")) << d.text;
}

// Set 15: "عُدّل الخبر في ..." is a visible update line; a paragraph's label before its one link
// heads the read-also box it becomes ("اقرأ أيضاً بالساحة:"); "في الصفحة نفسها" names where the stories are,
// not their relation; a class naming a photo is its credit.
TEST(HtmlContent, UpdateVerbsInlineLabelsSamePageListsAndPhotoClasses) {
  std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=dates><span class=news-date>نُشر "
                    "بتاريخ: الثلاثاء، 20 مارس 2018 15:14</span> <span class=news-modified>عُدّل الخبر في الثلاثاء، 20 "
                    "مارس 2018 19:02</span></div><div class=photo>الصورة: الفولغا / أليكسي بافلوف</div>" +
                    text + "<p><strong>اقرأ أيضاً بالساحة:</strong> <a href=\"/t/1\">وزارة العدل الأمريكية تستدعي أندرو "
                    "مكابي بمذكرة جنائية</a></p></article><section><h2>في الصفحة نفسها</h2><ul><li><a href=\"/c/1\">السعودية "
                    "وقطر تكشفان عن تراجع تحويلات العمالة</a></li><li><a href=\"/c/2\">انسحاب رؤساء 3 بنوك عالمية من مؤتمر "
                    "الاستثمار</a></li></ul></section></body></html>");
  EXPECT_TRUE(has(d.text, "عُدّل الخبر في الثلاثاء")) << d.text;
  EXPECT_FALSE(has(d.text, "الفولغا")) << d.text;
  // Set 23: the newsroom's "we edited", in brackets.
  Document e = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><p class=blog-date>5/25/2024</p><p "
                    "class=blog-date>(عدّلنا المنشور يوم 5/27/2024)</p>" + text + "</article></body></html>");
  EXPECT_TRUE(has(e.text, "(عدّلنا المنشور يوم 5/27/2024)")) << e.text;
  std::vector<std::string> boxes;
  for (const auto& b : d.link_boxes) boxes.push_back(b.heading + "|" + b.kind);
  // The line is read as a label and its one link (labelled_link): a read-also box under the label.
  EXPECT_NE(std::find(boxes.begin(), boxes.end(), "اقرأ أيضاً بالساحة|read_also"), boxes.end());
  EXPECT_EQ(std::find(boxes.begin(), boxes.end(), "في الصفحة نفسها|related"), boxes.end());
}

// Set 19: a metadata row of named inline items is a line per item (the byline, the date, the update);
// a donation appeal is chrome; a title cut with an ellipsis names the <h1> it quotes (a Mastodon page,
// whose og:title is the account); microformats' <data class=dt-updated> dates the edit; a heading
// wrapped in a CMS's title component heads the list after it; a rail of headed boxes gives one box each.
TEST(HtmlContent, MetaRowsDonationsCutTitlesAndHeadedRails) {
  std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=article-meta><span "
                    "class=article-meta__author>بقلم <a href=/a/2>مريم الكواري</a>، قسم المال</span> <span "
                    "class=article-meta__date>نُشر: 1 مارس، 2018</span> <span class=article-meta__reading>مدة القراءة 2 "
                    "دقائق</span></div>" +
                    text + "<div class=\"wp-block-newspack-blocks-donate\"><p>التحقق من الأخبار عمل بطيء ومكلف. تبرعك "
                    "يبقينا مجانيين</p></div><div class=publish-date><span class=label>التاريخ:</span> <time "
                    "class=date>03 يونيو 2020</time></div></article></body></html>");
  EXPECT_TRUE(has(d.text, "\nنُشر: 1 مارس، 2018\n")) << d.text;
  EXPECT_TRUE(has(d.text, "بقلم مريم الكواري، قسم المال\n")) << d.text;
  EXPECT_TRUE(has(d.text, "التاريخ: 03 يونيو 2020")) << d.text;  // a label stays with its date
  EXPECT_FALSE(has(d.text, "تبرعك")) << d.text;
  // Set 32 (VuePress): a row named as one ("article-info") of bare spans, two or more of them "LABEL: value"
  // pairs, is a line per item; a bare separator ("،") keeps a row whole, and so does one pair only.
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=article-info><span>تاريخ النشر: "
           "22/07/2015</span> <span>المحرر: ميثاء الشامسي</span> <span>مدة القراءة 6 دقائق</span></div>" + text +
           "</article></body></html>");
  EXPECT_TRUE(has(d.text, "\nالمحرر: ميثاء الشامسي\nمدة القراءة 6 دقائق\n")) << d.text;
  d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><div class=post-info><span>الخميس 29 ديسمبر "
           "2016</span><span>،</span> <span>كتبه: فريق المرايا</span> <span>المصدر: الوكالة</span></div>" + text +
           "</article></body></html>");
  EXPECT_TRUE(has(d.text, "الخميس 29 ديسمبر 2016، كتبه: فريق المرايا المصدر: الوكالة")) << d.text;

  d = page("<html><head><title>منصة بيّنة للتحقق: \"# هذا المقطع يظهر انهيار مبنى في فلوريدا عام 2021…\" - ساحات</title>"
           "<meta property=og:title content=\"منصة بيّنة للتحقق (@bayyina@sahat.example)\"></head><body><div "
           "class=status><h1>هذا المقطع يظهر انهيار مبنى في فلوريدا عام 2021 وليس من زلزال تركيا الأخير</h1>" +
           text + "<data class=dt-published value=\"2023-02-07T04:19:00Z\"></data><data class=dt-updated "
           "value=\"2023-02-08T05:29:00Z\"></data></div></body></html>");
  EXPECT_EQ(d.title, "هذا المقطع يظهر انهيار مبنى في فلوريدا عام 2021 وليس من زلزال تركيا الأخير");
  EXPECT_EQ(d.updated, "2023-02-08T05:29:00Z");

  auto items = [](const std::string& at) {
    std::string out;
    for (int i = 0; i < 2; ++i)
      out += "<li><a href=/" + at + std::to_string(i) + ">خبر آخر عن المباراة رقم " + std::string(i + 1, 'x') + "</a></li>";
    return out;
  };
  d = page("<html><body><div class=root><div class=text>" + text + "</div><div class=title><div class=cmp-title><h2>"
           "تغطيات أخرى للقصة نفسها</h2></div></div><div class=list><ul>" + items("r") + "</ul></div><aside><section>"
           "<h2>الأكثر قراءة على الموقع</h2><ol>" + items("m") + "</ol></section><section><h2>أحدث ما نشرنا</h2><ul>" +
           items("l") + "</ul></section><section><h2>على الشاشة الليلة</h2><ul><li>نشرة التاسعة</li></ul></section>"
           "</aside></div></body></html>");
  std::vector<std::string> boxes;
  for (const auto& b : d.link_boxes) boxes.push_back(b.heading + "|" + std::to_string(b.links.size()));
  EXPECT_EQ(boxes, (std::vector<std::string>{"تغطيات أخرى للقصة نفسها|2", "الأكثر قراءة على الموقع|2",
                                             "أحدث ما نشرنا|2"}));
  EXPECT_TRUE(detail::names_relation("تغطيات أخرى للقصة نفسها"));
  EXPECT_TRUE(detail::names_relation("مواد إعلامية في السياق ذاته"));
  EXPECT_TRUE(detail::names_relation("تحققات سابقة لنا تتناول الموضوع:"));
  EXPECT_FALSE(detail::names_relation("مقالات أخرى للكاتب نفسه"));
  EXPECT_TRUE(detail::names_relation("قصاصات تتقاطع مع هذا الموضوع"));  // set 18's Moodle block
  // Set 17's Notion page: the property row labelled "قصص مرتبطة" is the related list; the writer's and
  // the section's links in the other rows are none.
  d = page("<html><body><article class=notion-root><div class=notion-page__properties><div class=prop><div><span>"
           "إعداد</span></div><div><a href=/u/1>رؤى عثمان</a></div></div><div class=prop><div><span>قصص مرتبطة</span>"
           "</div><div><a href=/s/1><span>مصدران: أمريكا ستحاول اعتراض أي صواريخ</span></a><a href=/s/2><span>الجيش "
           "يعلن حالة التأهب في المنطقة الشمالية</span></a></div></div></div>" + text + "</article></body></html>");
  boxes.clear();
  for (const auto& b : d.link_boxes) boxes.push_back(b.heading + "|" + b.kind + "|" + std::to_string(b.links.size()));
  EXPECT_EQ(boxes, (std::vector<std::string>{"قصص مرتبطة|related|2"}));
  EXPECT_FALSE(detail::names_relation("أخبار حول العالم"));
}

// Set 20's Divi page: the text split over three page-builder sections ("et_pb_section"), the second
// opening with a picture and its caption, the third with an opt-in promo and a card beside it: the block
// climbs to its section and the sections numbered alike continue it; a sidebar of story lists does not.
TEST(HtmlContent, PageBuilderSectionsContinueTheText) {
  auto module = [](const std::string& inner) {
    return "<div class=\"et_pb_row\"><div class=\"et_pb_column\"><div class=\"et_pb_module et_pb_text\">" + inner +
           "</div></div></div>";
  };
  std::string html =
      "<html><body><div class=\"et_pb_post_content\"><div class=\"et_pb_section et_pb_section_0\">" +
      module(para("قالت الوزارة")) + "</div><div class=\"et_pb_section et_pb_section_1\"><div class=\"et_pb_row\">"
      "<div class=\"et_pb_column\"><div class=\"et_pb_module et_pb_image\"><img src=\"/a.jpg\"><p>صورة أرشيفية من "
      "الموقع</p></div><div class=\"et_pb_module et_pb_text\">" + para("وأضافت الوزارة") + para("وتابعت الوزارة") +
      "</div></div></div></div><div class=\"et_pb_section et_pb_section_2\"><div class=\"et_pb_row\"><div "
      "class=\"et_pb_module et_pb_promo\"><p>اشترك في نشرتنا</p></div></div>" + module(para("وختمت الوزارة")) +
      "</div></div><div class=\"sidebar\"><h3>الأكثر قراءة</h3><ul><li><a href=/a>خبر أول عن الموضوع هنا</a></li>"
      "<li><a href=/b>خبر ثان عن الموضوع هنا</a></li></ul></div></body></html>";
  Document d = page(html);
  for (const char* opening : {"قالت الوزارة", "وأضافت الوزارة", "وتابعت الوزارة", "وختمت الوزارة"})
    EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
  EXPECT_FALSE(has(d.text, "اشترك في نشرتنا")) << d.text;
  EXPECT_FALSE(has(d.text, "خبر أول عن الموضوع")) << d.text;
}

// Set 20's uCoz page: no element names the date; the details row right after the text gives it under
// its label ("بتاريخ: 22.09.2019, 07:19"), the row's other fields left out.
TEST(HtmlContent, DetailsRowAfterTheTextDatesIt) {
  Document d = page("<html><body><table><tr><td><h1>عنوان الخبر هنا اليوم</h1></td></tr><tr><td>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "</td></tr><tr><td>القسم: <a href=/s/1>عربي ودولي</a> | عدد "
                    "القراءات: 318 | نشره: admin | بتاريخ: 22.09.2019, 07:19</td></tr></table></body></html>");
  EXPECT_TRUE(has(d.text, "بتاريخ: 22.09.2019, 07:19\n")) << d.text;
  EXPECT_FALSE(has(d.text, "عدد القراءات")) << d.text;
}

// A forum post's edit notice right after its text (phpBB, vBulletin): the segmenter's to read (rule
// update_note) when the metadata has no update; a notice elsewhere, or one with no year, is not taken.
TEST(HtmlContent, AnEditNoticeAfterThePostDatesTheUpdate) {
  const std::string post = "<h1>عنوان الخبر هنا اليوم</h1><div class=content>" + para("قالت الوزارة") + para("وأضافت") +
                           para("وتابعت") + "</div>";
  Document d = page("<html><body><div class=postbody>" + post + "<div class=notice>آخر تعديل بواسطة أبو فيصل في السبت "
                    "ديسمبر 23, 2023 9:43 م، عدل مرة واحدة في المجمل.</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "آخر تعديل بواسطة أبو فيصل في السبت ديسمبر 23, 2023 9:43 م، عدل مرة واحدة في المجمل.\n"))
      << d.text;
  d = page("<html><body><div class=postbody>" + post + "<div class=notice>آخر تعديل بواسطة أبو فيصل</div></div></body></html>");
  EXPECT_FALSE(has(d.text, "آخر تعديل")) << d.text;
  d = page("<html><body><div class=postbody>" + post + "<div class=sig>توقيع العضو</div><div class=sig>عضو منذ "
           "2019</div><div class=notice>آخر تعديل بواسطة أبو فيصل في 23 ديسمبر 2023</div></div></body></html>");
  EXPECT_FALSE(has(d.text, "آخر تعديل")) << d.text;
  // One row with no digit between is passed over (set 67, Help Scout's "Did this answer your question?" over its
  // "Last updated on"), to a row of one date: an edit history of two is no notice (set 36, Wiki.js).
  d = page("<html><body><div class=postbody>" + post + "<div class=sig>توقيع العضو</div><div class=notice>آخر تعديل "
           "بواسطة أبو فيصل في 23 ديسمبر 2023</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "آخر تعديل بواسطة أبو فيصل في 23 ديسمبر 2023\n")) << d.text;
  d = page("<html><body><div class=postbody>" + post + "<div class=sig>توقيع العضو</div><div class=notice>سجل "
           "التعديلات 9 أبريل 2018 28 فبراير 2018</div></div></body></html>");
  EXPECT_FALSE(has(d.text, "سجل التعديلات")) << d.text;
}

// Help Scout's "Last updated on DATE", the page's only visible date, on an article never edited since: the
// publication's day is no update; the day after a UTC time late in its day is the publication's in the page's zone.
TEST(HtmlMeta, ALastUpdatedLineShowingOnlyThePublicationsDayIsNoUpdate) {
  auto at = [](const std::string& published, const std::string& shown) {
    return page("<html><head><meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                "<div class=contentWrapper><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                para("وتابعت") + "</article><div class=ratings>Did this answer your question?</div><div class=foot><p>"
                "Last updated on " + shown + "</p></div></div></body></html>");
  };
  Document d = at("2018-06-12T12:48:01+02:00", "June 12, 2018");
  EXPECT_FALSE(d.updated);
  EXPECT_FALSE(has(d.text, "Last updated")) << d.text;
  d = at("2018-05-21T22:25:00Z", "May 22, 2018");
  EXPECT_EQ(d.date, "2018-05-22");
  EXPECT_FALSE(d.updated);
  EXPECT_FALSE(has(d.text, "Last updated")) << d.text;
  // A later day is the update, for the segmenter to read.
  d = at("2018-03-21T21:49:22+02:00", "March 24, 2018");
  EXPECT_TRUE(has(d.text, "Last updated on March 24, 2018\n")) << d.text;
}

// Set 21's Invision page: a <main id="ipsLayout_body"> around the whole layout scores on its tag and
// class alone, its paragraphs five levels down; the block inside it that its paragraphs scored is the
// text, and the related list's items (a headline link over a byline and a date) are no near-best
// text blocks to widen the text to.
TEST(HtmlContent, ALayoutWrapperNamedLikeContentYieldsToTheTextInside) {
  std::string items;
  for (int i = 0; i < 4; ++i)
    items += "<li><div class=item><h4><a href=/r" + std::to_string(i) + ">قصة أخرى من أرشيف الملتقى رقم " +
             std::string(i + 1, 'x') + "</a></h4><p>بواسطة محرر الملتقى 29 يونيو 2021</p></div></li>";
  Document d = page("<html><body><main id=ipsLayout_body><div><div><div><h1>عنوان المقال هنا اليوم</h1><ul><li>1,840 "
                    "مشاهدة</li></ul><article><section><div>" + para("أظهر استفتاء") + para("وعلى الرغم من") +
                    para("وقد أعرب خبير") + "</div></section><div>أُعيد نشر المقال عن موقع آخر</div></article><div><h2>"
                    "محتوى مشابه من أرشيف الملتقى</h2><ul>" + items + "</ul></div><div><h2>ردود الأعضاء على المقال</h2>"
                    "<p>أنشئ حساباً أو ادخل بحسابك لتضيف ردك</p></div></div></div></div></main></body></html>");
  EXPECT_TRUE(has(d.text, "أظهر استفتاء")) << d.text;
  EXPECT_TRUE(has(d.text, "وقد أعرب خبير")) << d.text;
  EXPECT_FALSE(has(d.text, "1,840")) << d.text;
  EXPECT_FALSE(has(d.text, "أنشئ حساباً")) << d.text;
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes.back().heading, "محتوى مشابه من أرشيف الملتقى");
  EXPECT_EQ(d.link_boxes.back().kind, "related");
}

// Set 21's Hashnode post: the author box and the newsletter after the post share its grid's layout
// class ("container"), which names no module of the text; a list inside the text headed by an
// element whose id names it related (<h2 id="heading-related">) is the related list, not a card.
TEST(HtmlContent, ALayoutClassIsNoModuleAndAHeadingsIdNamesItsList) {
  std::string items;
  for (int i = 0; i < 3; ++i)
    items += "<li><a href=/r" + std::to_string(i) + ">نص آخر من المدونة نفسها رقم " + std::string(i + 1, 'x') + "</a></li>";
  Document d = page("<html><body><main><article><h1>عنوان التدوينة هنا</h1><div class=container><div class=prose>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "<h2 id=heading-related>نصوص تلتقي بهذا "
                    "النص</h2><ul>" + items + "</ul><p>ملاحظة قصيرة من صاحب المدونة عن مصدر هذا النص الذي ننشره اليوم "
                    "هنا.</p></div></div><div class=container><p>Written by</p><p>نواف المري</p><p>أكتب عن البرمجة "
                    "نهاراً وأجمع النصوص الساخرة ليلاً، من الدوحة</p></div></article></main></body></html>");
  EXPECT_FALSE(has(d.text, "أكتب عن البرمجة")) << d.text;
  ASSERT_FALSE(d.link_boxes.empty());
  EXPECT_EQ(d.link_boxes[0].heading, "نصوص تلتقي بهذا النص");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
}

// Set 21's Concrete page: the page's attribute "تاريخ نشر الخبر:" over its value dates the page; the
// page list of related stories after the text dates those stories, not this one.
TEST(HtmlMeta, APublicationLabelDatesThePageAndARelatedListsDatesDoNot) {
  std::string items;
  for (int i = 0; i < 3; ++i)
    items += "<div class=item><a href=/r" + std::to_string(i) + ">خبر آخر عن الوزارة رقم " + std::string(i + 1, 'x') +
             "</a><div class=ccm-block-page-list-date>١٢ آذار ٢٠٢٤</div></div>";
  std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  Document d = page("<html><body><h1>عنوان الخبر هنا اليوم</h1><main><div class=col><div class=attr><span>تاريخ نشر "
                    "الخبر:</span> <div>١٦ آذار ٢٠٢٤</div></div>" + text + "<div class=page-list-related><h3>أخبار ذات "
                    "صلة</h3>" + items + "</div></div></main></body></html>");
  EXPECT_TRUE(has(d.text, "تاريخ نشر الخبر: ١٦ آذار ٢٠٢٤\n")) << d.text;
  d = page("<html><body><h1>عنوان الخبر هنا اليوم</h1><main><div class=col>" + text + "<div class=page-list-related><h3>"
           "أخبار ذات صلة</h3>" + items + "</div></div></main></body></html>");
  EXPECT_FALSE(has(d.text, "١٢ آذار ٢٠٢٤")) << d.text;
}

// Set 21's Shorthand story: a section of the same builder after the text holding a paragraph's worth of
// text in cards deep down (its paragraphs unpunctuated) continues it; a pull quote's section does not.
TEST(HtmlContent, ABuildersSectionOfTextContinuesIt) {
  const std::string words = "ويقول المنظمون إن المهرجان سيستمر أسبوعين كاملين في ساحات المدينة القديمة وسط إقبال كبير من "
                            "الزوار القادمين من كل المحافظات ومن خارج البلاد أيضا";
  Document d = page("<html><body><main><section class=\"Theme-Section Theme-TitleSection\"><h1>عنوان الحكاية هنا</h1>"
                    "</section><section class=\"Theme-Section Theme-TextSection\"><div>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "</div></section><section class=\"Theme-Section Theme-Scroll\"><div><div>"
                    "<div><p>" + words + "</p></div></div><div><div><p>" + words + " مرة ثانية</p></div></div></div></section>"
                    "<section class=\"Theme-Section Theme-Quote\"><blockquote><p>«قالت الوزارة كلاما مهما…»</p></blockquote>"
                    "</section></main></body></html>");
  EXPECT_TRUE(has(d.text, "مرة ثانية")) << d.text;
  EXPECT_FALSE(has(d.text, "«قالت الوزارة")) << d.text;
}

// A relative day whose element's title gives the date in full stands for it: MyBB's "<span
// title="07-07-2020">أمس</span>, 10:36 AM" (set 21), and Invision's <time datetime=UTC title=LOCAL>,
// whose local date wins over the UTC one of the metadata past midnight.
TEST(HtmlMeta, ARelativeDayTitledWithItsDate) {
  Document d = page("<html><body><h1>عنوان الموضوع في المنتدى</h1><div class=post><span class=post_date><span "
                    "title=\"07-07-2020\">أمس</span>, 10:36 AM</span><div class=post_body>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "07-07-2020, 10:36 AM\n")) << d.text;
  d = page("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":"
           "\"2021-07-14T22:40:00+0000\"}</script></head><body><article><h1>عنوان المقال هنا اليوم</h1><p class=meta>"
           "<time datetime=\"2021-07-14T22:40:00Z\" title=\"15/07/2021 02:40 ص\">أمس في 2:40 ص</time></p>" +
           para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</article></body></html>");
  // (Its clock under the relative day gives the page's zone too: the moment in that zone, session 27.)
  EXPECT_EQ(d.date, "2021-07-15T02:40:00+04:00");
}

// Sets 23 and 24: a label (bold, or plain text) ending with a colon and one headline link to the site's
// own story, between <br>s in a block of text (Trix, Rails), is an inline read-also line whatever its words; a
// credit linking a name, a link to another site, or a label inside a sentence is not.
TEST(HtmlContent, ABoldLabelAndOneLinkIsAReadAlsoLine) {
  const std::string para_text =
      "وقال المتحدث باسم الوزارة في بيان صحفي إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع المقبل في المحافظات.";
  auto boxes = [&](const std::string& line) {
    Document d = page("<html><head><link rel=canonical href=https://www.site.example/a/1></head><body><article>"
                      "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + "<div class=trix-content>" +
                      para_text + "<br><br>" + line + "<br><br>" + para_text + "</div>" +
                      para("وتابعت") + "</article></body></html>");
    std::vector<std::string> out;
    for (const auto& b : d.link_boxes)
      for (const auto& l : b.links) out.push_back(b.kind + "|" + b.heading + "|" + l.text);
    return out;
  };
  const std::string link = "<a href=/articles/9348>مرام البلوشي تشرح سبب قلة متابعيها</a>";
  EXPECT_EQ(boxes("<strong>على الشرفة أيضاً:</strong> " + link),
            (std::vector<std::string>{"read_also|على الشرفة أيضاً|مرام البلوشي تشرح سبب قلة متابعيها"}));
  EXPECT_EQ(boxes("<b>اقرا زادة:</b> " + link).size(), 1u);
  EXPECT_TRUE(boxes("<strong>تصوير:</strong> <a href=/author/7>محمد</a>").empty());
  EXPECT_TRUE(boxes("<strong>المصدر:</strong> <a href=https://other.example/x/1>تقرير الوكالة عن الحادث اليوم</a>").empty());
  EXPECT_TRUE(boxes("وقال الوزير <strong>في بيانه:</strong> " + link).empty());
  // Sets 39-44: the label plain (Pixelfed, a Sphinx note, Docmost) or of up to eight words (Emlog, Webiny).
  EXPECT_EQ(boxes("تتمة المشهد في منشور آخر لي: " + link).size(), 1u);
  EXPECT_EQ(boxes("<b>زيارة سريعة لتدوينة قديمة في نفس المعنى:</b> " + link).size(), 1u);
  EXPECT_TRUE(boxes("وقال المتحدث باسم الوزارة في بيان صحفي نشره أمس على موقعها: " + link).empty());
  // Set 50 (PHP-Fusion): nine words.
  EXPECT_EQ(boxes("للاطلاع على خلفية الخبر، عودوا إلى ما نشرناه بعنوان: " + link).size(), 1u);
  // Set 54 (ConvertKit): longer when its last word points at the link ("هنا", "التالي"); a statement's
  // introduction of as many words does not.
  EXPECT_EQ(boxes("إن أردت العودة إلى ما كتبناه في الموضوع أول مرة، فهو هنا: " + link).size(), 1u);
  EXPECT_TRUE(boxes("وقال المتحدث باسم الوزارة في بيان صحفي نشره أمس على موقعها الرسمي: " + link).empty());
  EXPECT_TRUE(boxes("تصوير: <a href=/author/7>محمد</a>").empty());
  // Set 82 (Ameba): the link on the label's next line; a label over several lines of links heads a list.
  EXPECT_EQ(boxes("حكيت أول الحكاية في مقال سابق، تجدونه هنا:<br>" + link).size(), 1u);
  EXPECT_TRUE(boxes("أخبار لها صلة بما نشرنا:<br>" + link + "<br>" + link).size() != 1u);
  // Set 43 (FlatPress): the page's <h1> linking its own headline is no other story's card.
  {
    Document h = page("<html><body><div id=main><div class=entry><h1 class=entry-title><a href=/?x=entry:e1>عنوان "
                      "الخبر هنا اليوم في سطر</a></h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                      "</div></div></body></html>");
    EXPECT_TRUE(h.link_boxes.empty()) << h.link_boxes.size();
    // Set 82 (Ameba): nor is the head around it with the post's theme link, nor that theme's own line; and a
    // camelCase "Foot" part is the post's footer (its likes and reblog row).
    h = page("<html><body><article class=skin-entry><div class=skin-entryHead><p><time datetime=2015-10-28>2015-10-28 "
             "10:37:00</time></p><h1><a href=/entry-1.html>عنوان الخبر هنا اليوم في سطر</a></h1><dl><dt>テーマ：</dt><dd>"
             "<a href=/theme-10001.html>أخبار أنقلها لكم كل يوم</a></dd></dl></div><div class=skin-entryBody>" +
             para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</div><div class=skin-entryFoot><span>いいね！ 108</span> "
             "<a href=/reblog>リブログ</a></div></article></body></html>");
    for (const auto& b : h.link_boxes) EXPECT_TRUE(b.kind.empty()) << b.kind << " " << b.heading;
    EXPECT_FALSE(has(h.text, "リブログ")) << h.text;
  }
  // Set 31 (Hostinger): the line alone in a grid box of its own after the text.
  Document d = page("<html><head><link rel=canonical href=https://www.site.example/a/1></head><body><main><section>"
                    "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    para("وتابعت") + "<div class=text-box><p><strong>شوف حتى هادي عندنا:</strong> " + link +
                    "</p></div></section></main></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].kind, "read_also");
  EXPECT_EQ(d.link_boxes[0].heading, "شوف حتى هادي عندنا");
}

// Set 50 (PHP-Fusion): a portal's panels are a caption and a body, the caption named by no title word
// ("scapmain", "capmain"). A side panel's caption heads its body's list, whose class names it most read;
// a caption right before a body whose class names related stories heads that body (here inside the
// text's block, which lists its boxes first); a caption over a body of fewer than three links heads nothing.
TEST(HtmlContent, APanelsCaptionHeadsItsBody) {
  auto li = [](const std::string& href, const std::string& t) { return "<li><a href=" + href + ">" + t + "</a></li>"; };
  Document d = page(
      "<html><head><link rel=canonical href=https://portal.example/news.php?readmore=5></head><body>"
      "<div id=side-left><div class=panel><div class=scapmain><span>أنباء فاق عدد قرّائها سواها</span></div>"
      "<div class=side-body><ul class=most-read>" + li("/news.php?readmore=1", "استثمارات بمليار درهم بالمنطقة الشرقية") +
      li("/news.php?readmore=2", "صادرات الدولة ترتفع عشرة في المئة") + li("/news.php?readmore=3", "برنت والخام الخفيف يتحولان للانخفاض") +
      "</ul></div></div><div class=panel><div class=scapmain><span>سؤال الشهر</span></div><div class=side-body>"
      "<a href=/poll.php>شارك في سؤال هذا الشهر الآن</a></div></div></div>"
      "<div id=main-center><div class=capmain><h1>عنوان الخبر هنا اليوم</h1></div><div class=news_news>" +
      para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</div>"
      "<div class=capmain><span>أنباء تنسج خيوطها حول المسألة</span></div><div class=\"main-body related-news\"><ul>" +
      li("/news.php?readmore=7", "الوزارة تعلن إجراءات جديدة في المحافظات") + li("/news.php?readmore=8", "اللجنة المختصة تبدأ متابعة التنفيذ") +
      li("/news.php?readmore=9", "المحافظون يناقشون خطة الأسبوع المقبل") + "</ul></div></div></body></html>");
  std::vector<std::string> got;
  for (const auto& b : d.link_boxes) got.push_back(b.kind + "|" + b.heading + "|" + std::to_string(b.links.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"related|أنباء تنسج خيوطها حول المسألة|3",
                                           "related|أنباء فاق عدد قرّائها سواها|3"}));
  EXPECT_FALSE(has(d.text, "أنباء تنسج خيوطها")) << d.text;
}

// Set 51 (Antora): a heading's permalink anchor ("<a class=anchor href="#_related">") is no link: the
// heading still heads the list after it.
TEST(HtmlContent, AHeadingsPermalinkAnchorIsNoLink) {
  Document d = page("<html><head><link rel=canonical href=https://docs.example/r/1.html></head><body><main><article>"
                    "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                    "<div class=sect1><h2 id=_related><a class=anchor href=#_related></a>صفحات أخرى تتناول المسألة</h2>"
                    "<div class=sectionbody><ul><li><a href=/r/2.html>الوزارة تعلن إجراءات جديدة في المحافظات</a></li>"
                    "<li><a href=/r/3.html>اللجنة المختصة تبدأ متابعة التنفيذ</a></li></ul></div></div></article></main>"
                    "</body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "صفحات أخرى تتناول المسألة");
  // Set 54 (Jupyter's nbconvert): the mark after the words ("<a class=anchor-link href="#rel">¶</a>") is no
  // part of what the heading says; seven words, who wrote the items and where, then the relation.
  d = page("<html><head><link rel=canonical href=https://docs.example/r/1.html></head><body><main><article>"
           "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
           "<h2 id=rel>دفاتر زملائك في الورشة عن الخبر ذاته<a class=anchor-link href=#rel>¶</a></h2>"
           "<ul><li><a href=/r/2.html>الوزارة تعلن إجراءات جديدة في المحافظات</a></li>"
           "<li><a href=/r/3.html>اللجنة المختصة تبدأ متابعة التنفيذ</a></li></ul></article></main></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "دفاتر زملائك في الورشة عن الخبر ذاته");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
}

// Set 52: a headed box's kind may be named inside a run-together id or class (PrestaShop SmartBlog's
// "smartblogpopularposts", its "sdsreletedpost" so spelt); a line ending with a colon that closes with a
// relation heads the list after it, however long (a Firefish self-reply); "off the subject" names other
// stories; a link to a page above this one on its site is no story, nor the site's name in a block of its own.
TEST(HtmlContent, BoxKindsByRunOnNamesAnnouncedListsAndNoStoryLinks) {
  auto li = [](const std::string& href, const std::string& t) { return "<li><a href=" + href + ">" + t + "</a></li>"; };
  const std::string items = li("/blog/1_a.html", "أردوغان يتجاهل الواقع وينكر الأزمة") + li("/blog/2_b.html", "الصين تبحث عن حل لتفادي الحرب") +
                            li("/blog/3_c.html", "عقوبات أميركية على قطاع النفط اليوم");
  auto boxes = [&](const std::string& after) {
    Document d = page("<html><head><link rel=canonical href=https://shop.example/blog/9_x.html></head><body><article>"
                      "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                      "</article>" + after + "</body></html>");
    std::vector<std::string> out;
    for (const auto& b : d.link_boxes) out.push_back(b.kind + "|" + std::to_string(b.links.size()));
    return out;
  };
  EXPECT_EQ(boxes("<div id=smartblogpopularposts class=block><h4 class=title_block>تدوينات يعود إليها زبائننا</h4><ul>" +
                  items + "</ul></div>"),
            (std::vector<std::string>{"related|3"}));
  EXPECT_EQ(boxes("<div class=sdsreletedpost><h4>تدوينات تجاور حديثنا</h4><ul>" + items + "</ul></div>"),
            (std::vector<std::string>{"related|3"}));
  EXPECT_EQ(boxes("<div class=replies><p>ردّ الحساب على نفسه بملاحظات سابقة تمس الخبر:</p><ul>" + items + "</ul></div>"),
            (std::vector<std::string>{"related|3"}));
  EXPECT_EQ(boxes("<div class=box><h4>خارج الموضوع</h4><ul>" + items + "</ul></div>"), (std::vector<std::string>{}));
  EXPECT_EQ(boxes("<div class=box><h4>مواد يقرؤها زوارنا</h4><ul>" + items +
                  li("https://shop.example/blog", "مدونة متجر الأحمدي للإلكترونيات") + "</ul></div>"),
            (std::vector<std::string>{"related|3"}));  // the blog's home is no story
  Document d = page("<html><body><div class=main><div class=sitetitle><a href=/qalam>قلم بغدادي على الهامش</a></div>"
                    "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                    "</div></body></html>");
  EXPECT_TRUE(d.link_boxes.empty()) << d.link_boxes.size();
  EXPECT_FALSE(has(d.text, "قلم بغدادي")) << d.text;
}

// Set 50 (Geeklog): a list of the story's details above its text (poster, date, topic) is no part of it;
// a list of highlights there, sentences with no date alone, is.
TEST(HtmlContent, AListOfTheStorysDetailsAboveItsTextIsNoText) {
  auto text = [](const std::string& list) {
    return page("<html><head><meta property=article:published_time content=2022-06-05T07:44:00Z></head><body><main>"
                "<article class=storytext><h1>عنوان الخبر هنا اليوم</h1>" + list +
                "<div class=story_introtext>" + para("قالت الوزارة") + "</div><div class=story_bodytext>" +
                para("وأضافت") + para("وتابعت") + para("وختمت") + "</div></article></main></body></html>")
        .text;
  };
  std::string t = text("<ul class=story-information><li><span>rasha</span></li><li><span>Sunday, June 05 2022 @ 10:44 AM "
                       "+03</span></li><li><a href=/index.php?topic=t0>شؤون عراقية</a></li></ul>");
  EXPECT_FALSE(has(t, "شؤون عراقية")) << t;
  EXPECT_FALSE(has(t, "rasha")) << t;
  t = text("<ul><li>الوزارة تعلن إجراءات جديدة، وتبدأ تطبيقها الأسبوع المقبل</li><li>اللجنة المختصة ستتابع التنفيذ في "
           "جميع المحافظات</li></ul>");
  EXPECT_TRUE(has(t, "اللجنة المختصة ستتابع التنفيذ")) << t;
}

// Set 50 (Potion, Notion): a list kept one block per bullet is one box under the heading before it, not
// a box per item; a paragraph between two such blocks ends the box.
TEST(HtmlContent, AListKeptOneBlockPerItemIsOneBox) {
  auto bullet = [](int k, const std::string& t) {
    return "<div class=notion-block><ul class=notion-bulleted-list__content><li><a href=/p" + std::to_string(k) + ">" +
           t + "</a></li></ul></div>";
  };
  const std::string head = "<html><head><link rel=canonical href=https://obs.example/p0></head><body><article class=notion-page-content>"
                           "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                           "<div class=notion-block><h3>أوراق رصد تتقاطع مع هذه الورقة</h3></div>";
  Document d = page(head + bullet(1, "الوزارة تعلن إجراءات جديدة في المحافظات") + bullet(2, "اللجنة المختصة تبدأ متابعة التنفيذ") +
                    bullet(3, "المحافظون يناقشون خطة الأسبوع المقبل") + "</article></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "أوراق رصد تتقاطع مع هذه الورقة");
  EXPECT_EQ(d.link_boxes[0].links.size(), 3u);
  d = page(head + bullet(1, "الوزارة تعلن إجراءات جديدة في المحافظات") + para("وختمت") +
           bullet(2, "اللجنة المختصة تبدأ متابعة التنفيذ") + "</article></body></html>");
  EXPECT_EQ(d.link_boxes.size(), 2u);
}

// Bootstrap's bare tab links (data-toggle="tab") head the pane they show, named by its class or id
// (BetterStudio's Publisher, set 24: "relatedposts_1"); a pane loaded later, with no links, none.
TEST(HtmlContent, BootstrapTabLinksHeadTheirPanes) {
  std::string items;
  for (int i = 0; i < 3; ++i)
    items += "<article><p class=title><a href=/r" + std::to_string(i) + ">قصة على صلة بالموضوع رقم " +
             std::string(i + 1, 'x') + "</a></p></article>";
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    para("وتابعت") + "</article><div class=section-heading><a href=#relatedposts_1 data-toggle=tab>"
                    "<span>أخبار تتقاطع مع الموضوع</span></a> <a href=#relatedposts_2 data-toggle=tab><span>مقالات أخرى "
                    "للكاتب</span></a></div><div class=tab-content><div id=relatedposts_1>" + items +
                    "</div><div id=relatedposts_2></div></div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "أخبار تتقاطع مع الموضوع");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
  EXPECT_EQ(d.link_boxes[0].links.size(), 3u);
}

// A tab bar's link names its panel by id ("<a href="#tab1">الأكثر قراءة</a>" for "<div id="tab1">"),
// whatever the other panels hold (TieLabs' Sahifa, set 21: a comments tab with one link).
TEST(HtmlContent, ATabsLinkNamesItsPanelById) {
  std::string top;
  for (int i = 0; i < 3; ++i)
    top += "<li><a href=/m" + std::to_string(i) + ">قصة من الأكثر قراءة رقم " + std::string(i + 1, 'x') + "</a></li>";
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    para("وتابعت") + "</article><aside><div class=widget><div class=top><ul class=tabs><li><a "
                    "href=#tab1>الأكثر قراءة</a></li><li><a href=#tab2>تعليقات</a></li></ul></div><div id=tab1><ul>" + top +
                    "</ul></div><div id=tab2><a href=/c1>قارئ</a></div></div></aside></body></html>");
  bool found = false;
  for (const auto& b : d.link_boxes)
    if (b.heading == "الأكثر قراءة") {
      found = true;
      EXPECT_EQ(b.kind, "related");
      EXPECT_EQ(b.links.size(), 3u);
    }
  EXPECT_TRUE(found);
}

// Set 20's phpBB page: a UTC time whose visible local date is the next day; the clock's minutes ("1:20")
// are no day that could agree with the UTC date's 20th. The element's own clock gives the zone.
TEST(HtmlMeta, AClocksMinutesAreNoDay) {
  Document d = page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><p class=author><time "
                    "datetime=\"2022-09-20T22:20:00+00:00\">الأربعاء سبتمبر 21, 2022 1:20 ص</time></p>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</article></body></html>");
  EXPECT_EQ(d.date, "2022-09-21T01:20:00+03:00");
}

// Sets 23 and 24: a UTC stamp shown in the page's zone by its element's text (Remix) gives that zone;
// a clock of unknown half of the day ("9:12"), or one no zone joins, gives none. "01:39" is a 24-hour
// clock (its leading zero).
TEST(HtmlMeta, AUtcStampShownInThePagesZone) {
  auto at = [](const std::string& shown) {
    return page("<html><body><article><h1>عنوان الخبر هنا اليوم</h1><time datetime=\"2018-05-14T21:39:41.000Z\">" +
                shown + "</time>" + para("قالت الوزارة") + para("وأضافت") + "</article></body></html>")
        .date.value_or("(none)");
  };
  EXPECT_EQ(at("15 مايو 2018 في 1:39 ص"), "2018-05-15T01:39:41+04:00");
  EXPECT_EQ(at("١٥ مايو ٢٠١٨ - ٠١:٣٩"), "2018-05-15T01:39:41+04:00");
  EXPECT_EQ(at("14 May 2018, 11:39 PM"), "2018-05-14T23:39:41+02:00");
  EXPECT_EQ(at("15 مايو 2018 - 9:12"), "2018-05-15");  // 9:12 or 21:12: no zone, the visible day wins
  EXPECT_EQ(at("14 مايو 2018 - 21:39"), "2018-05-14T21:39:41.000Z");  // UTC's own clock
  EXPECT_EQ(at("3 مايو 2018 - 1:39 ص"), "2018-05-14T21:39:41.000Z");   // another day: not this stamp
  // A clock under a relative day only has no day to disagree with (set 76, Revolt: "Last Wednesday at 12:25 PM").
  EXPECT_EQ(at("Yesterday at 1:39 AM"), "2018-05-15T01:39:41+04:00");
  EXPECT_EQ(at("Message 12 at 1:39 AM"), "2018-05-14T21:39:41.000Z");  // another number: not a clock alone
}

// Set 20's Flarum discussion: every post an <article class="Post CommentPost"> (a comments hint), the
// opening post the article; the block left outside the posts (the discussion list's links) is no text.
TEST(HtmlContent, ADiscussionsOpeningPostIsTheArticle) {
  std::string list;
  for (int i = 0; i < 6; ++i) list += "<li><a href=/d/" + std::to_string(i) + ">نقاش آخر في المنتدى رقم " + std::string(i + 1, 'x') + "</a></li>";
  Document d = page("<html><body><main><ul class=DiscussionList>" + list + "</ul><div class=PostStream><article "
                    "class=\"Post CommentPost\"><div class=Post-body>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                    para("وختمت") + "</div></article><article class=\"Post CommentPost\"><div class=Post-body><p>شكرا على "
                    "النقل.</p></div></article></div></main></body></html>");
  EXPECT_TRUE(has(d.text, "قالت الوزارة")) << d.text;
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
}

// HTML sets 33 and 34 (session 20): headings in new words, a citation whose class holds a content word,
// a page builder's parts set aside by a weak class hint, a card between them, dates in another zone.
TEST(HtmlContent, HeadingsThatNameThisStoryOrItsReaders) {
  EXPECT_TRUE(detail::names_relation("قصص تحاور هذه القصة"));                 // Readymag
  EXPECT_TRUE(detail::names_relation("تدوينات يقترحها المحرر لهذه الصفحة"));  // Elgg
  EXPECT_TRUE(detail::names_relation("صفحات يضمّها هذا الملف"));              // XWiki
  EXPECT_TRUE(detail::names_relation("تدوينات تكمل هذه"));                    // Bear Blog
  EXPECT_FALSE(detail::names_relation("شارك هذه القصة"));                     // a share box
  EXPECT_FALSE(detail::names_relation("اقرأ هذا المقال"));
  EXPECT_TRUE(detail::most_read_heading("الأكثر رواجاً بين المتابعين"));  // Hygraph: the readers named
  EXPECT_FALSE(detail::most_read_heading("الأكثر تداولاً على المنصات"));   // a trending box names none
  EXPECT_TRUE(detail::most_read_heading("يطالعه الزوار بكثرة"));           // Sitejet
  EXPECT_TRUE(detail::most_read_heading("تصدّر قراءات سهيل"));             // DatoCMS
}

TEST(HtmlContent, ACitationLiftedByItsClassYieldsToTheText) {
  std::string sections;
  for (const char* id : {"a", "b", "c"})
    sections += std::string("<section id=") + id + " class=level2><h2>عنوان فرعي</h2>" + para("قال المسؤول") +
                para("وأضاف المسؤول") + "</section>";
  Document d = page("<html><head><meta name=\"dcterms.date\" content=\"2018-05-22\"></head><body><main>" + sections +
                    "<div id=appendix><section><h2>Citation</h2><div><div class=\"csl-entry\">للإحالة: أمينة بوزيد. "
                    "2018. «عنوان الورقة». مرصد الضفتين.</div></div></section></div></main></body></html>");
  EXPECT_TRUE(has(d.text, "قال المسؤول")) << d.text;
  EXPECT_FALSE(has(d.text, "للإحالة")) << d.text;
  EXPECT_EQ(d.date, "2018-05-22");  // Quarto's Dublin Core date
}

TEST(HtmlContent, ABuildersPartsShareTheirWeakClassHint) {
  auto widget = [](const std::string& inner) {
    return "<div class=\"apos-area-widget-wrapper\"><div class=\"apos-area-widget\">" + inner + "</div></div>";
  };
  std::string text;
  for (int i = 0; i < 7; ++i) text += para("وتابع الباحث " + std::string(i + 1, 'x'));
  Document d = page("<html><body><main><div class=apos-area>" + widget("<div class=rich-text>" + para("افتتح المتحف") + "</div>") +
                    widget("<aside class=teaser-card><span class=teaser-label>في الرصيف من قبل:</span> <a "
                           "href=\"/magazine/1\">الأرض التي نعيش عليها واحدة من تسعة كواكب</a></aside>") +
                    widget("<div class=rich-text>" + text + "</div>") + "</div></main></body></html>");
  EXPECT_TRUE(has(d.text, "افتتح المتحف")) << d.text;
  EXPECT_TRUE(has(d.text, "وتابع الباحث")) << d.text;
  bool read_also = false;
  for (const auto& b : d.link_boxes) read_also = read_also || (b.kind == "read_also" && b.links.size() == 1);
  EXPECT_TRUE(read_also);
}

TEST(HtmlMeta, MetadataInAnotherZoneYieldsToThePagesDay) {
  // Tistory writes Korean time; the Iraqi blog shows its own clock for the same moment.
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2024-04-11T00:13:00+09:00\">"
                    "<meta property=\"article:modified_time\" content=\"2024-04-12T02:44:00+09:00\"></head><body><main>"
                    "<div class=meta><span class=date>2024. 4. 10. 18:13</span></div><article>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</article></main></body></html>");
  EXPECT_EQ(d.date, "2024-04-10T18:13:00+03:00");
  EXPECT_EQ(d.updated, "2024-04-11T20:44:00+03:00");
}

// Plume: an ActivityStreams object as JSON-LD ("type": "Article", "published", "updated") and a
// microformats2 stamp in a <span class="dt-published" datetime=...> that gives the page's zone.
TEST(HtmlMeta, ActivityStreamsObjectAndAZonedMicroformatsSpan) {
  Document d = page("<html><head><script type=\"application/ld+json\">{\"@context\": [\"https://www.w3.org/ns/activitystreams\"], "
                    "\"type\": \"Article\", \"published\": \"2022-04-18T20:50:00Z\", \"updated\": \"2022-04-19T22:12:00Z\"}"
                    "</script></head><body><main><article><header>بقلم أسماء — <span class=\"date dt-published\" "
                    "datetime=\"2022-04-19T00:50:00+04:00\">April 19, 2022</span></header>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "</article></main></body></html>");
  EXPECT_EQ(d.date, "2022-04-19T00:50:00+04:00");
  EXPECT_EQ(d.updated, "2022-04-20T02:12:00+04:00");
}

// Sets 39 and 40: more wordings of most-read boxes, relations and tickers.
TEST(HtmlContent, MoreMostReadRelationAndTickerHeadings) {
  EXPECT_TRUE(detail::most_read_heading("الأوفر حظاً من القراءة"));  // NukeViet: an elative over reading
  EXPECT_TRUE(detail::most_read_heading("تصدّرت مطالعات الواحة"));   // DedeCMS
  EXPECT_FALSE(detail::most_read_heading("الأحدث في القسم"));         // an elative alone is no reading
  EXPECT_FALSE(detail::most_read_heading("يتداوله القرّاء الآن"));     // passed around: trending (set 11)
  EXPECT_TRUE(detail::most_read_heading("يتداوله زوار البوابة اليوم"));  // ... over a day or a week: ranked
  EXPECT_TRUE(detail::most_read_heading("ما تناقلته أيدي القراء طوال الأسبوع"));
  EXPECT_TRUE(detail::most_read_heading("ما تداوله متابعو الحساب بكثرة هذا الأسبوع"));
  EXPECT_FALSE(detail::most_read_heading("الأكثر تداولاً على المنصات"));
  EXPECT_TRUE(detail::names_relation("مواد تنتمي إلى الملف ذاته"));
  EXPECT_TRUE(detail::names_relation("حكايات خرجت من الطينة ذاتها"));  // WonderCMS: the same clay
  EXPECT_FALSE(detail::names_relation("مقالات من الكاتب نفسه"));       // the writer's list
  EXPECT_FALSE(detail::names_relation("أخبار في القسم نفسه"));          // the section's
  EXPECT_TRUE(detail::names_relation("حكايات من ذات الدفتر"));          // FlatPress: "the same" first
  EXPECT_TRUE(detail::names_relation("مقاطع تمشي على الدرب ذاته"));     // PeerTube
  EXPECT_FALSE(detail::names_relation("مقالات من ذات الكاتب"));
  EXPECT_TRUE(detail::most_read_heading("صدارة المشاهدة في الأسبوعية"));       // Piranha
  EXPECT_TRUE(detail::most_read_heading("منشورات استوقفت المتابعين أكثر من سواها"));  // Pleroma: more, readers
  EXPECT_FALSE(detail::most_read_heading("الأكثر تعليقاً"));                // the comments' box (sets 11-25)
  EXPECT_TRUE(detail::most_read_heading("الأعلى تصويتاً في المجلة هذا الشهر"));  // Kbin: the top voted
  EXPECT_TRUE(detail::names_relation("نصوص تشترك معه في الهمّ"));            // Pagekit: sharing with it
  EXPECT_TRUE(detail::names_relation("أخبار من رحم الحدث نفسه"));           // EmpireCMS
  EXPECT_FALSE(detail::names_relation("مقالات كتبها الأعضاء في المنتدى نفسه"));
  EXPECT_TRUE(detail::other_stories_heading("من شريط الوكالات"));    // a ticker between the paragraphs
  EXPECT_TRUE(detail::other_stories_heading("عاجل"));
  EXPECT_FALSE(detail::other_stories_heading("قصص ذات صلة"));
  EXPECT_TRUE(detail::names_relation("قصص تكمل الصورة"));       // Duda: completing the story's picture
  EXPECT_TRUE(detail::names_relation("خيوط أخرى تكمل الحكاية"));
  EXPECT_TRUE(detail::names_relation("مدونات الصحبة تناولت الموضوع"));  // LifeType: the verb in the past
  EXPECT_TRUE(detail::names_relation("بلاغات يضمها ملف واحد"));         // Mautic: one file holds them
  EXPECT_FALSE(detail::names_relation("ملف واحد"));
  EXPECT_TRUE(detail::names_relation("يجمعه بهذا المقال وسم مشترك"));  // Automad: a shared tag
  EXPECT_TRUE(detail::names_relation("أوراق رصد تتقاطع مع هذه الورقة"));  // Potion: this paper
  EXPECT_TRUE(detail::names_relation("مقالات لي تدور حول المسألة"));     // Zenn: the matter
  // Sets 49 and 51 (ImpressPages, BookWyrm): woven by the same thread; met with this one.
  EXPECT_TRUE(detail::names_relation("صفحات ينسجها الخيط ذاته"));
  EXPECT_TRUE(detail::names_relation("مراجعات أعضاء الرف التي تقاطعت مع هذه"));
  EXPECT_FALSE(detail::names_relation("صفحات ينسجها الكاتب نفسه"));  // the writer's, not the story's
  EXPECT_TRUE(detail::names_relation("دفاتر زملائك في الورشة عن الخبر ذاته"));  // set 54, Jupyter: seven words
  EXPECT_FALSE(detail::names_relation("دفاتر زملائك في الورشة من الكاتب ذاته"));
  EXPECT_EQ(detail::without_permalink_mark("مقالات ذات صلة ¶"), "مقالات ذات صلة");
  EXPECT_EQ(detail::without_permalink_mark("#"), "#");
  EXPECT_FALSE(detail::names_relation("مراجعات أعضاء الرف التي نشرت مع هذه"));
  // Sets 49 and 51 (Ibexa, Akkoma, Mailchimp): what circulates "this hour" trends; among the site's members,
  // or the links the subscribers opened most, it is most read.
  EXPECT_FALSE(detail::most_read_heading("يتداوله قراء المجلة الساعة"));
  EXPECT_TRUE(detail::most_read_heading("ما ضاعفه الأعضاء تداولاً من منشورات النشرة"));
  EXPECT_TRUE(detail::most_read_heading("روابط العدد الماضي التي فتحها مشتركونا بكثرة"));
  EXPECT_TRUE(detail::most_read_heading("أخبار شدّت انتباه الزوار"));  // set 58, Site Studio: drew their attention
  EXPECT_FALSE(detail::most_read_heading("أخبار تستحق الانتباه"));
  // What the public turns to ("إقبال"), and visitors named in the construct state ("زوار الموقع"): set 72 (Ceros),
  // sealed set 55 (WordPress.com's "ما يتصفحه زوار المذكرات بكثافة").
  EXPECT_TRUE(detail::most_read_heading("تجارب يقبل عليها زوار الاستوديو بكثرة"));
  EXPECT_TRUE(detail::most_read_heading("الأكثر إقبالاً"));
  EXPECT_TRUE(detail::most_read_heading("ما يتصفحه زوار المذكرات بكثافة"));
  EXPECT_FALSE(detail::most_read_heading("مقالات يقبل الكاتب نشرها"));  // no public, no "more"
  EXPECT_TRUE(detail::most_read_heading("قصص يتداولها مستخدمو المنصة بكثافة"));  // set 76, Streamlit: a platform's users
  EXPECT_TRUE(detail::most_read_heading("ما تكرر فتحه من أوراق الكراسة"));  // set 84, Excite: opened again and again
  EXPECT_TRUE(detail::most_read_heading("صفحات الوكرة الأوسع رواجاً"));  // set 79, miniBB: most in vogue
  EXPECT_TRUE(detail::most_read_heading("تدوينات سفيان التي حصدت القراءات"));  // set 81, CSDN: reaped the readings
  EXPECT_TRUE(detail::most_read_heading("ترتيب التدوينات بعدد القرّاء"));  // set 83, Cnblogs: ranked by readers
  EXPECT_FALSE(detail::most_read_heading("ترتيب التدوينات بحسب التاريخ"));
  EXPECT_TRUE(detail::names_relation("ملاحظات أخرى في الدفتر تقرأ معها"));  // set 70, HedgeDoc: read with it
  EXPECT_TRUE(detail::names_relation("رسائل سبقتها إلى القائمة وتتناول الشأن نفسه:"));  // set 61, phpList
  EXPECT_FALSE(detail::names_relation("رسائل سبقتها إلى القائمة ونشرها الكاتب نفسه"));  // the writer's list
  EXPECT_FALSE(detail::names_relation("ملاحظات أخرى في الدفتر نعمل معها"));
  EXPECT_FALSE(detail::most_read_heading("ما تكرر ذكره في أوراق الكراسة"));  // mentioned again: no reading
  EXPECT_FALSE(detail::names_relation("شارك هذه الورقة"));
}

// Sphinx: a short <p class="rubric"> heads the list after it, and a list the text's own container ends
// with stands below the text; a single link there is a card, no list.
TEST(HtmlContent, ARubricParagraphHeadsTheListThatEndsTheText) {
  const std::string list = "<ul class=simple><li><a href=\"/posts/a.html\">عون يجمّد التصعيد في الشارع وينفتح على الحل</a></li>"
                           "<li><a href=\"/posts/b.html\">ظريف يدافع أمام البرلمان عن الاتفاق النووي</a></li>"
                           "<li><a href=\"/posts/c.html\">المقاومة تسيطر على معظم قاعدة العند في لحج</a></li></ul>";
  Document d = page("<html><body><article><section><h1>العنوان</h1>" + para("قالت الوزارة") + para("وأضافت") +
                    para("وتابعت") + "<p class=rubric>قراءات لنهاية الأسبوع</p>" + list +
                    "</section></article></body></html>");
  ASSERT_FALSE(d.link_boxes.empty());
  const LinkBox* box = nullptr;
  for (const auto& b : d.link_boxes)
    if (b.heading == "قراءات لنهاية الأسبوع") box = &b;
  ASSERT_TRUE(box);
  EXPECT_EQ(box->kind, "list");
  EXPECT_EQ(box->links.size(), 3u);
  EXPECT_FALSE(has(d.text, "قراءات لنهاية")) << d.text;
  // An italic credit over a pager's two links heads nothing (Emlog's "<p><em>بتصرف يسير عن جريدة كود</em></p>").
  d = page("<html><body><article><h1>العنوان</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
           "<p class=tag><em>بتصرف يسير عن جريدة كود</em></p><div class=nextlog><a href=\"/?post=1\">«شيفور طاكسي رجع "
           "للناظور بلا اعراض</a> | <a href=\"/?post=2\">الاتحاد الاوروبي بدا تمويل المجتمع المدني»</a></div></article></body></html>");
  for (const auto& b : d.link_boxes) EXPECT_NE(b.kind, "list") << b.heading;
  // A sentence before a list is no heading.
  d = page("<html><body><article><h1>العنوان</h1>" + para("قالت الوزارة") + para("وأضافت") +
           "<p>وهذه قائمة بأبرز المواد التي نشرناها عن الموضوع في الأشهر الماضية.</p>" + list + "</article></body></html>");
  EXPECT_TRUE(has(d.text, "وهذه قائمة بأبرز المواد")) << d.text;
}

// ABlog prints the post's date in a sidebar card beside a calendar icon; with no other date, it is
// the date. Pixelfed's "edited" line around a <time datetime> is the update, no text.
TEST(HtmlMeta, ACalendarIconsDateAndAnEditStamp) {
  Document d = page("<html><body><aside><p class=today>سوسة، الجمعة 24 جويلية 2015</p><ul class=ablog-archive><li><i "
                    "class=\"fa fa-calendar\"></i> <span>22 July 2015</span></li></ul></aside><main><article><h1>العنوان</h1>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + "</article></main></body></html>");
  EXPECT_TRUE(has(d.text, "22 July 2015")) << d.text;
  EXPECT_FALSE(has(d.text, "24 جويلية")) << d.text;
  d = page("<html><body><main><article><h1>العنوان</h1><p><time datetime=\"2015-07-22T07:05:52.000Z\">قبل 2 أيام</time></p>" +
           para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
           "<p class=\"small edited\">عدّلتُ الشرح المرافق للصورة <time datetime=\"2015-07-23T08:33:52.000Z\">قبل يوم واحد</time></p>"
           "</article></main></body></html>");
  EXPECT_EQ(d.updated, "2015-07-23T08:33:52.000Z");
  EXPECT_FALSE(has(d.text, "عدّلتُ الشرح")) << d.text;
}

// Sulu, DedeCMS, Chyrp: an update note named by its class alone, in words no label rule knows, is the
// page's update field (the segmenter reads its date as the metadata's); a long element so classed is not.
TEST(HtmlMeta, AnUpdateNoteNamedByItsClass) {
  const std::string text = para("قالت الوزارة") + para("وأضافت") + para("وتابعت");
  Document d = page("<html><body><section class=hero><h1>العنوان</h1><div class=meta><time class=hero__date "
                    "datetime=\"2015-07-22T07:14:16Z\">22 يوليو 2015 - 10:14</time> <span class=hero__edited>أدخلنا على "
                    "الخبر تنقيحاً في 24 يوليو 2015 17:37</span></div></section><main><article>" + text +
                    "</article></main></body></html>");
  EXPECT_EQ(d.updated, "أدخلنا على الخبر تنقيحاً في 24 يوليو 2015 17:37");
  d = page("<html><body><section class=hero><h1>العنوان</h1><div class=\"post updated\">" + para("كتب المحرر في 24 يوليو 2015") +
           "</div></section><main><article>" + text + "</article></main></body></html>");
  EXPECT_FALSE(d.updated);
}

// Webiny's page builder: the list alone in its wrapper element, the heading in one of its own ("<pb-heading>
// <h2>…</h2></pb-heading><pb-list><ul>…</ul></pb-list>").
TEST(HtmlContent, AHeadingBeforeAListInABuildersWrappers) {
  Document d = page("<html><body><main><article><h1>العنوان</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وتابعت") +
                    "</article><pb-block><pb-heading><h2>ملفات تلتقي بهذه المادة عند مفترق</h2></pb-heading><pb-list><ul>"
                    "<li><a href=\"/news/1\">الإسكافي يسطو على أحذيتنا في وضح النهار</a></li>"
                    "<li><a href=\"/news/2\">هيئة الاتصالات تمهل مقدمي الخدمة أسبوعين</a></li>"
                    "<li><a href=\"/news/3\">ارتفاع أسعار الذهب في السوق المحلية اليوم</a></li></ul></pb-list></pb-block>"
                    "</main></body></html>");
  bool headed = false;
  for (const auto& b : d.link_boxes) headed = headed || b.heading == "ملفات تلتقي بهذه المادة عند مفترق";
  EXPECT_TRUE(headed);
}

// Quartz and Emlog put the sidebar inside the element that holds the text: the text leaves it out, and
// its headed lists are read as the page's other lists are (a most-read box there is related).
TEST(HtmlContent, AListInASidebarInsideTheTextsContainer) {
  Document d = page("<html><body><div id=quartz-body><div class=center><article><h1>العنوان</h1>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + para("وختمت") + "</article></div><div class=\"right sidebar\"><div class=graph>"
                    "<h3>Graph View</h3></div><div class=backlinks>"
                    "<h3>الأكثر قراءة</h3><ul><li><a href=\"/notes/1\">الإسكافي يسطو على أحذيتنا في وضح النهار</a></li>"
                    "<li><a href=\"/notes/2\">هيئة الاتصالات تمهل مقدمي الخدمة أسبوعين</a></li>"
                    "<li><a href=\"/notes/3\">ارتفاع أسعار الذهب في السوق المحلية اليوم</a></li></ul></div></div></div>"
                    "</body></html>");
  const LinkBox* box = nullptr;
  for (const auto& b : d.link_boxes)
    if (b.heading == "الأكثر قراءة") box = &b;
  ASSERT_TRUE(box);
  EXPECT_EQ(box->kind, "related");
  EXPECT_EQ(box->links.size(), 3u);
  EXPECT_FALSE(has(d.text, "الإسكافي")) << d.text;
}

// Logseq's published page: each paragraph a block nested in its parent block's children, so no element the
// scores reach holds more than one or two; the text climbs to the ancestor holding most of the sentences.
TEST(HtmlContent, AnOutlinesNestedBlocksAreOneText) {
  auto block = [](const std::string& opening, const std::string& children, int sentences) {
    std::string text = opening + "، وقال المتحدث باسم الوزارة في بيان صحفي إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع المقبل.";
    for (int i = 1; i < sentences; ++i)
      text += " وأوضح أن الخطة تشمل جميع المحافظات، وأن التنفيذ يبدأ الشهر المقبل، وأن الميزانية رصدت لذلك.";
    return "<div class=ls-block><div class=a><div class=b><div class=c><div class=d><div class=e><div class=f><span>" + text +
           "</span></div></div></div></div></div></div>" +
           (children.empty() ? "" : "<div class=children-container><div class=block-children>" + children + "</div></div>") +
           "</div>";
  };
  Document d = page("<html><body><h1>العنوان</h1><div class=page-blocks>" +
                    block("قالت الوزارة", block("وأضافت", "", 1), 3) +
                    block("وتابعت", block("وختمت", block("وأوضحت", "", 1), 1), 1) + block("وأشارت", "", 2) +
                    block("ولفتت", "", 1) + "</div></body></html>");
  for (const char* opening : {"قالت الوزارة", "وأضافت", "وتابعت", "وختمت", "وأوضحت", "وأشارت", "ولفتت"})
    EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
}

// GoToSocial: the status page's thread is a role=region section whose replies' links make half its text;
// the expanded status's prose keeps it (and the status) in; og:title is the account's name and handle, the
// status's <h1> the headline.
TEST(HtmlContent, AThreadRegionAndAnAccountsTitle) {
  std::string reply = "<article class=status role=region><div class=content><p><strong>قائمة</strong></p><ul>";
  for (int i = 0; i < 4; ++i)
    reply += "<li><a href=\"/@news/statuses/" + std::to_string(i) + "\">عنوان قصة أخرى من قصص الحساب رقم " +
             std::to_string(i) + "</a></li>";
  reply += "</ul></div></article>";
  Document d = page("<html><head><meta property=\"og:title\" content=\"نشرة مطرح, @matrah_news@batinah.social\">"
                    "</head><body><main><section class=thread role=region>" + reply + reply +
                    "<article class=\"status expanded\" role=region><div class=content><h1>عنوان الخبر هنا في سطر واحد</h1>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وتابعت") + para("وختمت") + "</div></article>" + reply +
                    "</section></main></body></html>");
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
  EXPECT_EQ(d.title.value_or(""), "عنوان الخبر هنا في سطر واحد");
  // Set 54 (Gitea): an og:title with no Arabic letter (the repository's name) over the wiki page's Arabic <h1>.
  d = page("<html><head><meta property=\"og:title\" content=\"raseef/arshif-al-akhbar\"><title>khabar-2024 - "
           "arshif-al-akhbar - Gitea</title></head><body><div class=wiki><h1>البداية أم النهاية في المشهد السوري</h1>" +
           para("قالت الوزارة") + para("وأضافت") + "</div></body></html>");
  EXPECT_EQ(d.title.value_or(""), "البداية أم النهاية في المشهد السوري");
}

// Automad's blocks: a paragraph block, a row of two prose columns ("<am-flex class="am-block …">" holding
// "am-column" halves), a block of <br>-joined paragraphs; every part is the text's.
TEST(HtmlContent, ABuildersRowOfColumnsBetweenTheTextsBlocks) {
  auto p = [](const std::string& opening, int clauses) {
    std::string t = "<p>" + opening + " أن الوزارة ستعلن خطتها الجديدة";
    for (int i = 0; i < clauses; ++i) t += "، وأن اللجنة المختصة ستتابع التنفيذ في المحافظات";
    return t + ".</p>";
  };
  const std::string last = "<p>وأوضحت أن الخطة تشمل جميع المحافظات، وأن التنفيذ يبدأ الشهر المقبل، وأن الميزانية رصدت لذلك."
                           "<br><br>وأشارت إلى أن الميزانية رصدت لذلك، وأن النتائج ستعلن تباعا، وأن الوزارة ستتابع التنفيذ "
                           "في المحافظات كلها وفي القرى والمدن.<br><br>ولفتت إلى أن اللجنة ستتابع التنفيذ في المحافظات كلها، "
                           "وأنها سترفع تقريرها.</p>";
  Document d = page("<html><body><div class=\"uk-container\"><nav class=uk-navbar><a href=/>المجلة</a><ul><li><a href=/a>"
                    "الرئيسية</a></li><li><a href=/b>قضايا</a></li></ul></nav><div class=\"content uk-block\"><h1>العنوان "
                    "هنا اليوم</h1><div class=text-subtitle><time datetime=\"2015-05-19 10:02:00\">May 19, 2015</time></div>"
                    "<div class=am-blocks><section class=\"am-block am-block-paragraph\">" + p("كشفت الصحيفة", 1) +
                    p("وذكرت", 2) + "</section><am-flex class=\"am-block am-block-columns\"><div class=\"am-column am-1-2\">" +
                    p("واحتفل اللاعب", 2) + "</div><div class=\"am-column am-1-2\">" + p("وتدخل المدرب", 1) +
                    "</div></am-flex><section class=\"am-block am-block-paragraph\">" + last + "</section></div></div></div>"
                    "</body></html>");
  for (const char* opening : {"كشفت الصحيفة", "وذكرت", "واحتفل اللاعب", "وتدخل المدرب", "وأوضحت", "وأشارت"})
    EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
}


// Mailchimp's campaign archive: every paragraph in a table of its own under td#templateBody, the footer
// one cell of <br>-joined lines under td#templateFooter (a camelCase name: its part "Footer" is the
// footer hint). A part that only opens a longer word names nothing ("selectionShareable" is no share bar).
TEST(HtmlContent, CamelCaseNamesGiveTheirWholeParts) {
  auto block = [](const std::string& inner) {
    return "<table class=mcnTextBlock><tbody class=mcnTextBlockOuter><tr><td class=mcnTextBlockInner>"
           "<table class=mcnTextContentContainer><tbody><tr><td class=mcnTextContent>" + inner +
           "</td></tr></tbody></table></td></tr></tbody></table>";
  };
  // A newsletter's paragraph: two sentences.
  auto long_para = [](const std::string& opening) {
    return "<p>" + opening + "، وقال المتحدث باسم الوزارة في بيان صحفي إن الإجراءات الجديدة ستطبق اعتبارا من الأسبوع "
           "المقبل، وأضاف أن اللجنة المختصة ستتابع التنفيذ في جميع المحافظات. وأوضح أن الخطة تشمل القرى والمدن، وأن "
           "الميزانية رصدت لذلك، وأن النتائج ستعلن تباعا في نهاية كل شهر.</p>";
  };
  Document d = page("<html><body><table id=bodyTable><tr><td id=bodyCell><table class=templateContainer>"
                    "<tr><td id=templateBody>" + block("<h1>العنوان هنا اليوم</h1>" + long_para("قالت الوزارة")) +
                    block(long_para("وأضافت")) + block(long_para("وتابعت")) + "</td></tr><tr><td id=templateFooter>" +
                    block("<em>Copyright © 2020 جمعية القراء، All rights reserved.</em><br>You are receiving this "
                          "email because you opted in via our website, and we thank you.<br><br><strong>Our mailing "
                          "address is:</strong><br>زنقة الفاضلية، حي المحيط، الرباط 10030، المغرب<br><br>Want to "
                          "change how you receive these emails? You can update your preferences, or unsubscribe.") +
                    "</td></tr></table></td></tr></table></body></html>");
  for (const char* opening : {"قالت الوزارة", "وأضافت", "وتابعت"}) EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
  EXPECT_FALSE(has(d.text, "mailing address")) << d.text;
  Document s = page("<html><body><article><h1>العنوان هنا اليوم</h1><div id=articleBody><p class=selectionShareable>" +
                    para("قالت الوزارة").substr(3) + "<p class=selectionShareable>" + para("وأضافت").substr(3) +
                    "</div></article></body></html>");
  EXPECT_TRUE(has(s.text, "قالت الوزارة")) << s.text;
  EXPECT_TRUE(has(s.text, "وأضافت")) << s.text;
  // A document's conversation pane is its comments (set 55: Quip's messages before the document).
  std::string messages;
  for (const char* m : {"هل نضيف جدول المقارنة بالربع السابق قبل العرض على الإدارة؟",
                        "أرى الفقرة الثالثة محتاجة إلى رقم أحدث، سأبحث عنه في تقارير الهيئة",
                        "وردت نورة: شكراً للجميع، سأرسل الرابط المنشور إلى فريق العلاقات العامة اليوم"})
    messages += std::string("<div class=\"message message-text\"><div class=message-body><p>") + m + "</p></div></div>";
  Document q = page("<html><body><div class=conversation-pane><div class=messages>" + messages +
                    "</div></div><div class=document><h1>العنوان هنا اليوم</h1>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وتابعت") + "</div></body></html>");
  EXPECT_TRUE(has(q.text, "وأضافت")) << q.text;
  EXPECT_FALSE(has(q.text, "وردت نورة")) << q.text;
  // Nor does a thing's "Comment" (set 58: Piwigo's picture description in div.imageComment).
  Document c = page("<html><body><h1 class=showTitle>العنوان هنا اليوم</h1><div id=theImage><div class=imageComment>" +
                    para("قالت الوزارة") + para("وأضافت") + "</div></div></body></html>");
  EXPECT_TRUE(has(c.text, "وأضافت")) << c.text;
}

// A notebook export (nbconvert's JupyterLab template): each cell's rendered text sits beside empty prompt
// and collapser <div>s, so the text climbs to its cell and the next text cell continues it; a code cell
// between them (its code and its output table) is no text, nor is a header or footer cell with no
// sentence in it, whatever class they share.
TEST(HtmlContent, ANotebooksTextCellsAroundACodeCell) {
  auto cell = [](const std::string& kind, const std::string& inner) {
    return "<div class=\"jp-Cell " + kind + " jp-Notebook-cell\"><div class=jp-Cell-inputWrapper><div class=\"jp-Collapser "
           "jp-InputCollapser\"></div><div class=jp-InputArea><div class=jp-InputPrompt></div><div class=\"jp-RenderedHTMLCommon "
           "jp-RenderedMarkdown\">" + inner + "</div></div></div></div>";
  };
  std::string code = "<div class=\"jp-Cell jp-CodeCell jp-Notebook-cell\"><div class=jp-Cell-inputWrapper><div class=jp-InputArea>"
                     "<div class=jp-InputPrompt>In [1]:</div><div class=jp-Editor><pre>heads = pd.read_csv('week.csv')\nheads.head()"
                     "</pre></div></div></div><div class=jp-Cell-outputWrapper><table class=dataframe><tr><th>0</th><td>عنوان "
                     "قصة أخرى من قصص الأسبوع الماضي في الموقع</td><td>2023-08-19</td></tr><tr><th>1</th><td>عنوان قصة ثانية "
                     "من قصص الأسبوع الماضي في الموقع</td><td>2023-08-20</td></tr></table></div></div>";
  Document d = page("<html><body><main>" + cell("jp-MarkdownCell", "<p><strong>ورشة صحافة البيانات</strong></p><p>دفتر "
                    "تمرين نقرأ فيه الخبر كاملا ثم نحصي كلماته ونقارنه بعناوين الأسبوع</p>") +
                    cell("jp-MarkdownCell", "<h1>العنوان هنا اليوم</h1>") +
                    cell("jp-MarkdownCell", para("قالت الوزارة") + para("وأضافت") + para("وتابعت")) + code +
                    cell("jp-MarkdownCell", para("وأوضحت") + para("وأشارت")) +
                    cell("jp-MarkdownCell", "<hr><p><small>عمّان 2023 · مواد الورشة متاحة للمشاركين</small></p>") +
                    "</main></body></html>");
  for (const char* opening : {"قالت الوزارة", "وأضافت", "وتابعت", "وأوضحت", "وأشارت"})
    EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
  for (const char* chrome : {"read_csv", "قصة ثانية", "دفتر تمرين", "متاحة للمشاركين"}) EXPECT_FALSE(has(d.text, chrome)) << chrome << "\n" << d.text;
}

// Set 56 (Sendy): a newsletter's box captioned by a bold cell alone in its row, seven words naming a most-read
// list, heads the rows of links under it; a bold cell of seven words naming neither is no caption.
TEST(HtmlContent, ALongBoldCaptionNamingAMostReadList) {
  auto box = [](const std::string& caption) {
    std::string rows;
    for (int i = 0; i < 3; ++i)
      rows += "<tr><td><a href=https://send.example/l/" + std::to_string(i) + ">عنوان قصة أخرى من قصص الأعداد رقم " +
              std::to_string(i) + "</a></td></tr>";
    Document d = page("<html><body><table><tr><td><h1>عنوان الخبر هنا اليوم</h1></td></tr><tr><td>" +
                      para("قالت الوزارة") + para("وأضافت") + "</td></tr><tr><td><table><tr><td style=\"font-weight:bold\">" +
                      caption + "</td></tr>" + rows + "</table></td></tr></table></body></html>");
    std::vector<std::string> out;
    for (const auto& b : d.link_boxes) out.push_back(b.heading + "|" + b.kind);
    return out;
  };
  EXPECT_EQ(box("أكثر ما فتحه المشتركون في الأعداد الماضية"),
            (std::vector<std::string>{"أكثر ما فتحه المشتركون في الأعداد الماضية|related"}));
  EXPECT_NE(box("كتب المحرر هذه الرسالة في صباح يوم الأحد"),
            (std::vector<std::string>{"كتب المحرر هذه الرسالة في صباح يوم الأحد|related"}));
}

// Set 60 (Microweber): a page builder that wraps each paragraph in a unit of its own, five elements deep,
// leaves the units unscored; the units of the chosen one's class and shape after it continue the text, a
// share module between them does not, nor a unit of another shape (a bio with a picture).
TEST(HtmlContent, OneUnitPerParagraphOfAPageBuilder) {
  auto unit = [](const std::string& inner) {
    return "<div class=\"module module-layouts\"><section class=section><div class=container><div class=mw-layout-container>"
           "<div class=element>" + inner + "</div></div></div></section></div>";
  };
  std::string paras[] = {"قالت الوزارة", "وأضافت", "وتابعت", "وأشارت"};
  std::string units;
  for (const auto& p : paras) units += unit(para(p));
  std::string share = "<div class=\"module module-social_links\"><p>وزّع المقال على أصدقائك</p><a href=https://facebook.com/s>"
                      "Facebook</a></div>";
  std::string bio = "<div class=\"module module-layouts\"><div class=bio><img src=a.jpg><p>الكاتبة صحفية مستقلة تكتب عن "
                    "الاقتصاد والسياسة منذ عشر سنوات في صحف عربية عديدة.</p></div></div>";
  Document d = page("<html><body><div class=main><h1>عنوان الخبر هنا اليوم</h1><div class=\"edit post-content\">" +
                    unit(para("بدأت القوات")) + units.substr(0, units.size() / 2) + share + units.substr(units.size() / 2) +
                    bio + "</div></div></body></html>");
  for (const char* opening : {"بدأت القوات", "قالت الوزارة", "وأضافت", "وتابعت", "وأشارت"})
    EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
  for (const char* chrome : {"وزّع المقال", "الكاتبة صحفية"}) EXPECT_FALSE(has(d.text, chrome)) << chrome << "\n" << d.text;
}

// Set 60 (Mintlify): a date over its clock in a block of two short lines just before the text is the visible
// date line, which cross-checks a UTC time past local midnight.
TEST(HtmlMeta, DateOverItsClockInABlockBeforeTheText) {
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2018-10-12T20:20:00Z\"></head><body>"
                    "<h1>عنوان الخبر هنا اليوم</h1><div class=update-container><div class=side><div id=label>October 13, 2018"
                    "</div><div class=clock>أُدرجت الساعة 00:20 بتوقيت دبي</div></div><div id=update-body>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وأشارت") + "</div></div></body></html>");
  EXPECT_EQ(d.date, "2018-10-13");
}

// Set 60 (Jigsaw): a category's badge alone between the byline and the text is the page's filing; a topic
// link inside a sentence is the sentence's.
TEST(HtmlContent, CategoryBadgeBetweenBlocks) {
  Document d = page("<html><body><main role=main class=\"flex-auto container\"><h1>عنوان الخبر هنا اليوم</h1><p>ليث "
                    "الخوالدة • April 20, 2023</p><a href=https://x.example/blog/categories/26a579 class=badge>سياسة</a>"
                    "<div class=\"border-b mb-10\">" +
                    para("قالت الوزارة") + "<p>وأضافت الوزارة في بيانها أن ملف <a href=https://x.example/tag/economy>الاقتصاد"
                    "</a> يتصدر جدول الأعمال هذا الأسبوع.</p>" + para("وأشارت") + "</div></main></body></html>");
  EXPECT_TRUE(has(d.text, "April 20, 2023\nقالت الوزارة")) << d.text;
  EXPECT_TRUE(has(d.text, "ملف الاقتصاد يتصدر")) << d.text;
}

// Set 62 (iWeb): a positioned text box holding one short paragraph heads the list box after it; under a heading
// that names a relation, a box of several stories in the text's layer is the related list, not a card.
TEST(HtmlContent, CaptionInATextBoxHeadsTheRelatedListInTheTextsLayer) {
  auto box = [](const std::string& inner, int top) {
    return "<div style=\"position:absolute; top:" + std::to_string(top) + "px\" class=\"style_SkipStroke shape-with-text\">"
           "<div class=text-content><div class=graphic_textbox_layout_style_default>" + inner + "</div></div></div>";
  };
  std::string items;
  for (int i = 0; i < 4; ++i)
    items += "<li><a href=https://web.example/Entries/" + std::to_string(i) + ".html>عنوان قصة أخرى من قصص المدونة رقم " +
             std::to_string(i) + "</a></li>";
  Document d = page("<html><body><div id=body_layer><h1>عنوان الخبر هنا اليوم</h1>" +
                    box("<p class=paragraph_style_2>لقطات وحكايات تجاور هذه</p>", 260) +
                    box("<ul class=list_style>" + items + "</ul>", 290) + box(para("قالت الوزارة"), 400) +
                    box(para("وأضافت"), 500) + box(para("وأشارت"), 600) + box(para("وتابعت"), 700) +
                    box(para("وأوضحت"), 800) + box(para("وختمت"), 900) + "</div></body></html>");
  ASSERT_EQ(d.link_boxes.size(), 1u);
  EXPECT_EQ(d.link_boxes[0].heading, "لقطات وحكايات تجاور هذه");
  EXPECT_EQ(d.link_boxes[0].kind, "related");
}

// Set 62 (Dolphin): BoonEx's "cmts" thread is comments; an age over the moment in its title, with no class to
// name it, is the visible date that cross-checks a UTC time past local midnight.
TEST(HtmlContent, AbbreviatedCommentsAndATitledAge) {
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2018-05-12T22:30:20Z\"></head><body>"
                    "<div class=col><h1>عنوان الخبر هنا اليوم</h1><div class=blogInfo><span class=grayed title=\"13.05.2018 "
                    "00:30\">منذ يومين</span> · <a href=/u/a>عوض الكباشي</a></div><div class=blogText>" + para("قالت الوزارة") +
                    para("وأضافت") + para("وأشارت") + "</div><div class=cmts><div class=cmt><a href=/p0>خالد بن سعيد</a> "
                    "<div class=cmt-body>موضوع يستحق النقاش، وعندي رأي مختلف قليلاً سأكتبه لاحقاً</div></div></div></div>"
                    "</body></html>");
  EXPECT_EQ(d.date, "2018-05-13");
  EXPECT_FALSE(has(d.text, "موضوع يستحق النقاش")) << d.text;
}

// Set 60 (R Markdown): a section after the text holding a table of dated headlines (what the notebook collected
// before) does not continue it; a section of the text's own with a table of figures does.
TEST(HtmlContent, TableOfDatedHeadlinesAfterTheText) {
  auto section = [](const std::string& inner) { return "<div class=\"section level2\">" + inner + "</div>"; };
  // Paragraphs of an essay's length: the text's section outscores the column around the sections.
  auto long_para = [](const std::string& opening) {
    std::string p = para(opening);
    return p.substr(0, p.size() - 4) + " " + p.substr(3 + opening.size() + 3);
  };
  std::string rows;
  for (int i = 1; i <= 4; ++i)
    rows += "<tr><td>2024-02-0" + std::to_string(i) + "</td><td>عنوان قصة أخرى جمعتها في الدفتر رقم " + std::to_string(i) +
            " عن تعديلات جديدة على النظام والقوانين</td></tr>";
  std::string figures = "<tr><td>2024</td><td>12.5</td></tr><tr><td>2023</td><td>11.2</td></tr><tr><td>2022</td><td>10.9</td></tr>";
  Document d = page("<html><body><div class=toc-content><div id=header><h1>عنوان الخبر هنا اليوم</h1><h4 class=date>"
                    "10 فيفري 2024</h4></div>" + section("<h2>المقال كما نقلته</h2>" + long_para("قالت الوزارة") + long_para("وأضافت") +
                                                     long_para("وأشارت") + long_para("وأوضحت") + long_para("وختمت") +
                                                     long_para("وبيّنت") + long_para("ولفتت") + long_para("وذكرت")) +
                    section("<h2>جدول ما جمعته قبله</h2><table><tbody>" + rows + "</tbody></table>") +
                    section("<h2>أرقام النمو</h2>" + para("وتابعت") + "<table><tbody>" + figures + "</tbody></table>") +
                    "</div></body></html>");
  EXPECT_FALSE(has(d.text, "جمعتها في الدفتر")) << d.text;
  EXPECT_TRUE(has(d.text, "وتابعت")) << d.text;
  EXPECT_TRUE(has(d.text, "12.5")) << d.text;
}

// Set 70 (HedgeDoc): inside the text's own block, a table of dated headlines with no prose after it (the notebook's
// index by day) is dropped with its heading; one with a paragraph of prose after it stays (the text's data).
TEST(HtmlContent, TableOfDatedHeadlinesInsideTheTextsBlock) {
  std::string rows;
  for (int i = 1; i <= 4; ++i)
    rows += "<tr><td>2024-03-0" + std::to_string(i) + "</td><td>عنوان ملاحظة أخرى في الدفتر رقم " + std::to_string(i) +
            " عن تعديلات جديدة على النظام</td></tr>";
  const std::string table = "<h2>فهرس الدفتر بحسب اليوم</h2><table><tbody>" + rows + "</tbody></table>";
  const std::string text = "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت");
  Document d = page("<html><body><div id=doc class=markdown-body>" + text + table + "<p>دفتر مفتوح © 2024</p></div></body></html>");
  EXPECT_TRUE(has(d.text, "وأشارت")) << d.text;
  EXPECT_FALSE(has(d.text, "عنوان ملاحظة أخرى")) << d.text;
  EXPECT_FALSE(has(d.text, "فهرس الدفتر")) << d.text;
  d = page("<html><body><div id=doc class=markdown-body>" + text + table + para("وختمت") + "</div></body></html>");
  EXPECT_TRUE(has(d.text, "عنوان ملاحظة أخرى")) << d.text;
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
  // Sets 68 and 70 (Owncast, Etherpad): a list of dated headlines ("DATE - TITLE", "TITLE (DATE)") the same way; a
  // list of sentences that mention a date is the text's.
  const std::string schedule = "<h3>موعدنا في الأسابيع المقبلة</h3><ul><li>15 آب 2024 - أضواء على الجانب الاقتصادي في برنامج "
                               "الحكومة</li><li>22 آب 2024 - العراق يلاقي تونس في نهائي كأس العرب</li><li>حقائق لا تعرفها "
                               "عن المدينة القديمة (29 آب 2024)</li></ul>";
  d = page("<html><body><div id=doc class=markdown-body>" + text + schedule + "</div></body></html>");
  EXPECT_FALSE(has(d.text, "العراق يلاقي تونس")) << d.text;
  EXPECT_FALSE(has(d.text, "موعدنا في الأسابيع")) << d.text;
  EXPECT_TRUE(has(d.text, "وأشارت")) << d.text;
  const std::string events = "<ul><li>افتتح الوزير المعرض في 15 آب 2024 بحضور عدد كبير من الزوار والمسؤولين.</li><li>وعقدت "
                             "اللجنة اجتماعها الأول في 22 آب 2024 لمناقشة الخطة.</li><li>وتنتهي الفعاليات في 29 آب 2024 "
                             "بحفل ختامي كبير.</li></ul>";
  d = page("<html><body><div id=doc class=markdown-body>" + text + events + "</div></body></html>");
  EXPECT_TRUE(has(d.text, "وعقدت اللجنة اجتماعها")) << d.text;
}

// Set 88 (Scribd): a paged document's viewer puts each page's text in a layer of its own page; the pages after the
// chosen block's are the text too, the advertisement between them is not.
TEST(HtmlContent, APagedDocumentsPagesAreOneText) {
  Document d = page("<html><body><h1>عنوان الخبر هنا اليوم</h1><div class=document_viewer><div class=outer_page id=p1>"
                    "<div class=text_layer>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + "</div><div class=page_number>"
                    "Page 1 of 2</div></div><div class=between_page_ads><span>Advertisement</span></div><div class=outer_page id=p2>"
                    "<div class=text_layer>" + para("وأوضحت") + para("وختمت") + "</div><div class=page_number>Page 2 of 2</div></div>"
                    "</div><div class=sidebar>" + para("نص في الشريط الجانبي") + "</div></body></html>");
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
  EXPECT_TRUE(has(d.text, "قالت الوزارة")) << d.text;
  EXPECT_FALSE(has(d.text, "Advertisement")) << d.text;
  EXPECT_FALSE(has(d.text, "نص في الشريط الجانبي")) << d.text;
}

// Set 74 (Trello): a dialog holding a long text is the page's text (a card opened over its board); a short one is a
// popup (a consent box).
TEST(HtmlContent, ADialogHoldingALongTextIsTheText) {
  std::string board;
  for (int i = 1; i <= 3; ++i)
    board += "<div class=list><h2>قائمة رقم " + std::to_string(i) + "</h2><a href=\"/c/" + std::to_string(i) +
             "\">بطاقة أخرى على اللوحة رقم " + std::to_string(i) + "</a><p>بطاقة في القائمة يعمل عليها الفريق.</p></div>";
  std::string card = "<h1>عنوان الخبر هنا اليوم</h1>";
  for (const char* w : {"قالت الوزارة", "وأضافت", "وأشارت", "وأوضحت", "وبيّنت", "ولفتت", "وذكرت", "وختمت"}) card += para(w);
  Document d = page("<html><body><div class=board>" + board + "</div><div class=overlay><div class=window role=dialog>"
                    "<div class=main>" + card + "</div></div></div></body></html>");
  EXPECT_TRUE(has(d.text, "وختمت")) << d.text;
  EXPECT_FALSE(has(d.text, "يعمل عليها الفريق")) << d.text;
  d = page("<html><body><article>" + card + "</article><div role=dialog><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك "
           "على الموقع.</p><button>موافق</button></div></body></html>");
  EXPECT_FALSE(has(d.text, "ملفات تعريف الارتباط")) << d.text;
}

// Set 80 (smallweb): the <article>'s own units named only "widget" are the text's parts; a widget outside it is chrome.
TEST(HtmlContent, AnArticlesWidgetsOfProseAreItsText) {
  std::string parts = "<section class=widget>" + para("قالت الوزارة") + para("وأضافت") + "</section><section class=widget>" +
                      para("وأشارت") + para("وأوضحت") + "</section>";
  Document d = page("<html><body><main><article><h1>عنوان الخبر هنا اليوم</h1>" + parts + "</article><div class=side><section "
                    "class=widget><p>اشترك في نشرتنا البريدية لتصلك الأخبار كل صباح.</p></section></div></main></body></html>");
  EXPECT_TRUE(has(d.text, "قالت الوزارة")) << d.text;
  EXPECT_TRUE(has(d.text, "وأوضحت")) << d.text;
  EXPECT_FALSE(has(d.text, "نشرتنا البريدية")) << d.text;
}

// Set 72 (block editors): a heading block deep in its wrappers (AppFlowy's "<div data-block-type=heading>…<h2>",
// AFFiNE's wrapper classed "h2", Anytype's block classed "textHeader2") heads the one-link blocks after it, and a web
// component that is nothing but its link (AFFiNE's card) is another story's card, not a line of the text.
TEST(HtmlContent, BlockEditorsHeadingBlocksHeadTheirCards) {
  const std::string text = "<h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + para("وأشارت");
  auto cards = [](const std::string& open, const std::string& close) {
    std::string out;
    for (int i = 1; i <= 3; ++i)
      out += open + "<a href=\"/p/" + std::to_string(i) + "\">عنوان قصة أخرى من المكتب رقم " + std::to_string(i) + "</a>" + close;
    return out;
  };
  auto related = [](const Document& d) {
    for (const auto& b : d.link_boxes)
      if (b.heading == "وثائق مرتبطة من المكتب") return b.links.size();
    return std::size_t{0};
  };
  Document d = page("<html><body><div class=editor>" + text + "<div class=block-element data-block-type=heading><div "
                    "class=text-element><span class=text-content><h2>وثائق مرتبطة من المكتب</h2></span></div></div>" +
                    cards("<div class=block-element data-block-type=subpage><div class=text-element><span>", "</span></div></div>") +
                    "</div></body></html>");
  EXPECT_EQ(related(d), 3u);
  d = page("<html><body><div class=note>" + text + "<affine-paragraph><div class=container><div class=\"wrapper h2\">"
           "<rich-text><div class=v-line><span>وثائق مرتبطة من المكتب</span></div></rich-text></div></div></affine-paragraph>" +
           cards("<affine-embed-linked-doc-block>", "</affine-embed-linked-doc-block>") + "</div></body></html>");
  EXPECT_EQ(related(d), 3u);
  EXPECT_FALSE(has(d.text, "عنوان قصة أخرى")) << d.text;
  d = page("<html><body><article>" + text + "</article><div class=blocks><div class=\"block textHeader2\"><div "
           "class=wrapContent><div class=markers></div><div class=editable>وثائق مرتبطة من المكتب</div></div></div>" +
           cards("<div class=\"block blockLink\">", "</div>") + "</div></body></html>");
  EXPECT_EQ(related(d), 3u);
  // A card's date styled as a heading level ("h5", Shopify's) heads nothing.
  d = page("<html><body><article>" + text + "</article><aside><h2>وثائق مرتبطة من المكتب</h2>" +
           cards("<div class=card><div class=h5>24 مايو 2021</div>", "</div>") + "</aside></body></html>");
  for (const auto& b : d.link_boxes) EXPECT_NE(b.heading, "24 مايو 2021");
}

// Set 78 (Roam Research): an outliner's parent block whose children are the stories is headed by its own bold line.
TEST(HtmlContent, AnOutlinersParentBlockHeadsItsChildren) {
  auto block = [](const std::string& line, const std::string& children) {
    return "<div class=rm-block><div class=rm-block-main><div class=controls><span></span></div><div class=rm-input>"
           "<span>" + line + "</span></div></div><div class=rm-block-children>" + children + "</div></div>";
  };
  std::string links;
  for (int i = 1; i <= 3; ++i)
    links += block("<a href=\"https://roamresearch.com/#/app/g/page/" + std::to_string(i) + "\">عنوان صفحة أخرى في الرسم رقم " +
                   std::to_string(i) + "</a>", "");
  std::string text;
  for (const char* w : {"قالت الوزارة", "وأضافت", "وأشارت", "وأوضحت"}) text += block(para(w), "");
  Document d = page("<html><body><div class=roam-article><h1>عنوان الخبر هنا اليوم</h1>" + text +
                    block("<strong>صفحات في الرسم يشدّها الموضوع إلى هذه</strong>", links) + "</div></body></html>");
  bool headed = false;
  for (const auto& b : d.link_boxes) headed = headed || (b.heading == "صفحات في الرسم يشدّها الموضوع إلى هذه" && b.links.size() == 3);
  EXPECT_TRUE(headed);
  EXPECT_FALSE(has(d.text, "عنوان صفحة أخرى")) << d.text;
}

// Set 64 (ProBoards): near-best blocks in the thread's other numbered posts are replies: the first post's block
// is not widened over them.
TEST(HtmlContent, RepliesInNumberedPostsDoNotWidenTheText) {
  auto post = [](int id, const std::string& inner) {
    return "<tr id=post-" + std::to_string(id) + " class=item><td class=left-panel><a href=/u/" + std::to_string(id) +
           ">عضو المنتدى</a></td><td class=content><article><div class=message>" + inner + "</div></article></td></tr>";
  };
  std::string reply = "<p>شكرا على النقل، قرأت الموضوع كله وأعجبني كثيرا، وأتمنى أن نقرأ المزيد من هذه المواضيع في المنتدى قريبا.</p>";
  Document d = page("<html><body><div id=content><h1>عنوان الخبر هنا اليوم</h1><table class=list><tbody>" +
                    post(74550, para("قالت الوزارة") + para("وأضافت") + para("وأشارت")) + post(74551, reply) +
                    post(74552, reply) + post(74553, reply) + post(74554, reply) + "</tbody></table></div></body></html>");
  EXPECT_TRUE(has(d.text, "وأشارت")) << d.text;
  EXPECT_FALSE(has(d.text, "شكرا على النقل")) << d.text;
}

// Set 64 (MantisBT, ProBoards): an update the metadata gives in UTC is dated in the page's zone, which the
// publication names by its offset or by the clock its visible line shows.
TEST(HtmlMeta, UpdateInUtcDatedInThePagesZone) {
  auto at = [](const std::string& published, const std::string& line) {
    return page("<html><head><meta property=\"article:published_time\" content=\"" + published + "\"><meta property="
                "\"article:modified_time\" content=\"2024-03-27T22:10:00Z\"></head><body><h1>عنوان الخبر هنا اليوم</h1>"
                "<div class=post-date>" + line + "</div><div class=post>" + para("قالت الوزارة") + para("وأضافت") +
                "</div></body></html>");
  };
  EXPECT_EQ(at("2024-03-26T22:57:00+03:00", "26 مارس 2024").updated, "2024-03-28T01:10:00+03:00");
  EXPECT_EQ(at("2024-03-26T19:57:00Z", "Mar 26, 2024 22:57:00 GMT 3").updated, "2024-03-28T01:10:00+03:00");
  EXPECT_EQ(at("2024-03-26T19:57:00Z", "Mar 26, 2024").updated, "2024-03-27T22:10:00Z");
}

// Set 21 (MyBB): a post's date element holding its edit note, itself dated, is read without the note; a byline
// inside the date element stays with it.
TEST(HtmlMeta, DateElementHoldingItsEditNote) {
  Document d = page("<html><body><h1>عنوان الخبر هنا اليوم</h1><div class=post_content><div class=post_head><span "
                    "class=post_date>3 كانون الثاني 2019، 08:59 ص <span class=post_edit><span class=edited_post>(صاحب "
                    "المشاركة غيّر فيها شيئاً بتاريخ 4 كانون الثاني 2019، 11:19 ص، والمعدِّل زهراء الكاظمي.)</span></span>"
                    "</span></div><div class=post_body>" + para("قالت الوزارة") + para("وأضافت") + "</div></div></body></html>");
  EXPECT_TRUE(has(d.text, "3 كانون الثاني 2019، 08:59 ص\n")) << d.text;
}

// Set 66 (Craft): a toggle's <summary> heads the list inside it; a headed box of several stories between the text's
// parts whose heading names no relation is no read-also card (its heading decides), one naming a relation is the
// related list.
TEST(HtmlContent, SummaryHeadsAToggledListAndHeadedBoxesAreNoCards) {
  std::string items;
  for (int i = 0; i < 4; ++i)
    items += "<li><a href=https://www.craft.example/s/" + std::to_string(i) + ">عنوان قصة أخرى من قصص الرصد رقم " +
             std::to_string(i) + "</a></li>";
  Document d = page("<html><body><main class=document><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") +
                    "<h2>وثائق رصد تقاسم هذه همّها</h2><ul class=cards>" + items + "</ul><details><summary>رزمة الرصد "
                    "السابقة</summary><ul>" + items + "</ul></details>" + para("وأضافت") + para("وأشارت") + "</main></body></html>");
  std::vector<std::string> boxes;
  for (const auto& b : d.link_boxes) boxes.push_back(b.heading + "|" + b.kind);
  EXPECT_EQ(boxes, (std::vector<std::string>{"وثائق رصد تقاسم هذه همّها|related", "رزمة الرصد السابقة|"}));
}

// Set 66 (Document360): a meta row's dates and contributors are items of their own (each its own line).
TEST(HtmlContent, MetaRowWithContributors) {
  Document d = page("<html><body><main><div class=article-header><h1>عنوان الخبر هنا اليوم</h1><div class=article-meta>"
                    "<span class=article-published>Published on Jul 22, 2015</span> <span class=article-updated>Updated on "
                    "Jul 23, 2015</span> <span class=article-contributors>أعدّها قسم الاتصال</span></div></div><article "
                    "class=article-content>" + para("قالت الوزارة") + para("وأضافت") + "</article></main></body></html>");
  EXPECT_TRUE(has(d.text, "Published on Jul 22, 2015\nUpdated on Jul 23, 2015\n")) << d.text;
}

// Set 66 (Zendesk): "حرّر فريق التواصل هذا الإعلان في DATE" in the article's meta list is its update line.
TEST(HtmlMeta, EditedByATeamIsTheUpdateLine) {
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2015-07-22T07:14:57Z\"></head><body>"
                    "<article><header><h1>عنوان الخبر هنا اليوم</h1><ul class=meta-group><li class=meta-data><time datetime="
                    "\"2015-07-22T07:14:57Z\">22 يوليو 2015 10:14</time></li><li class=meta-data>حرّر فريق التواصل هذا "
                    "الإعلان في 24 يوليو 2015</li></ul></header><div class=article-body>" + para("قالت الوزارة") +
                    para("وأضافت") + "</div></article></body></html>");
  EXPECT_TRUE(has(d.text, "حرّر فريق التواصل هذا الإعلان في 24 يوليو 2015\n")) << d.text;
}

// Set 68 (Marp): a slide deck's slides are HTML inside an SVG's <foreignObject>: read as blocks, not skipped with the
// drawing; the <header> every slide repeats is a running head, no text.
TEST(HtmlContent, SlidesInsideForeignObjectsAndTheirRunningHead) {
  auto slide = [](const std::string& inner) {
    return "<svg viewBox=\"0 0 1280 720\"><foreignObject width=\"1280\" height=\"720\"><section><header>حلقة قراءة الصحف "
           "الأسبوعية</header>" + inner + "<footer>جلسة الثلاثاء</footer></section></foreignObject></svg>";
  };
  Document d = page("<html><body><div class=deck>" + slide("<h1>عنوان الخبر هنا اليوم</h1>") + slide(para("قالت الوزارة")) +
                    slide(para("وأضافت")) + slide(para("وأشارت")) + "</div></body></html>");
  for (const char* opening : {"قالت الوزارة", "وأضافت", "وأشارت"}) EXPECT_TRUE(has(d.text, opening)) << opening << "\n" << d.text;
  EXPECT_FALSE(has(d.text, "حلقة قراءة الصحف")) << d.text;
}
// Set 93 (Magzter): after an Arabic text, a short paragraph mostly in Latin letters is the platform's note ("This
// story is from the … edition of …"), not the text's; a Latin quotation inside the text stays.
TEST(HtmlContent, ALatinLineAfterAnArabicTextIsThePlatforms) {
  Document d = page("<html><body><main><div class=story>" + para("افتتح المحافظ اليوم مشروعا جديدا") + para("وأوضح المحافظ") +
                    "<p>He said: \"We will open the new road next week.\"</p>" + para("وتابع المحافظ") +
                    "</div><p class=edition>This story is from the April 10, 2018 edition of أسبوعية الرافدين.</p>"
                    "</main></body></html>");
  EXPECT_FALSE(has(d.text, "This story is from"));
  EXPECT_TRUE(has(d.text, "We will open the new road"));
  EXPECT_TRUE(has(d.text, "وتابع المحافظ"));
}

// Set 98 (Zimbra, Outlook on the web): a mail client's message list beside the open message — rows of spans, the
// sender, the subject with its excerpt and the day ("Jun 5", "Tue 6/19/2018 7:06 AM"), in a list or in ARIA option
// rows — does not continue the text; the text's own list of dated events stays.
TEST(HtmlContent, AMailClientsMessageListIsNoText) {
  const std::string message = "<div class=MsgView><h1>عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") +
                              para("وأشارت") + para("وأوضحت") + "</div>";
  std::string items, options;
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    items += "<li class=ConvItem><span class=from>Sky News Arabia</span> <span class=frag><b>عنوان قصة أخرى رقم " + n +
             "</b> - مقتطف قصير من القصة الأخرى عن الموضوع …</span> <span class=date>Jun " + n + "</span></li>";
    options += "<div role=option><span>Sky News Arabia</span> <span>عنوان رسالة أخرى في البريد رقم " + n +
               "</span> <span>Mon 6/1" + n + "/2018 8:58 PM</span></div>";
  }
  Document d = page("<html><body><div id=outer><div class=ConvList><h3>المحادثات المفتوحة</h3><ul>" + items + "</ul></div>" +
                    message + "</div></body></html>");
  EXPECT_TRUE(has(d.text, "وأوضحت")) << d.text;
  EXPECT_FALSE(has(d.text, "مقتطف قصير")) << d.text;
  d = page("<html><body><div id=app><div class=messageList role=listbox>" + options + "</div>" + message +
           "</div></body></html>");
  EXPECT_TRUE(has(d.text, "وأوضحت")) << d.text;
  EXPECT_FALSE(has(d.text, "عنوان رسالة أخرى")) << d.text;
}

// Set 98 (webmail): a mail system's link-protection redirects give the addresses they wrap (the list keeps the
// stories' own); "روابط مقترحة" is a recommendation, not the text's links; subscribers who rush to stories make a
// most-read box; a headed pair of links above all of the text is a pager, no read-also card.
TEST(HtmlContent, AStoryReadInAMailClient) {
  using detail::resolve_href;
  const std::optional<std::string> base = "https://mail.example.com/inbox/1";
  EXPECT_EQ(resolve_href("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.site.example%2Fworld%2F1-a"
                         "&data=05%7C02&reserved=0", base), "https://www.site.example/world/1-a");
  EXPECT_EQ(resolve_href("https://urldefense.com/v3/__https://www.site.example/world/2-b__;!!18df$", base),
            "https://www.site.example/world/2-b");
  EXPECT_EQ(resolve_href("https://secure-web.cisco.com/26d0196175/https%3A%2F%2Fwww.site.example%2Fworld%2F3-c", base),
            "https://www.site.example/world/3-c");
  EXPECT_EQ(resolve_href("https://linkprotect.cudasvc.com/url?a=https%3A%2F%2Fwww.site.example%2F4&c=E,1", base),
            "https://www.site.example/4");
  // A share button's "?u=ADDRESS" is no redirect to it.
  EXPECT_EQ(resolve_href("https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.site.example%2F5", base),
            "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.site.example%2F5");
  EXPECT_FALSE(detail::container_heading("روابط مقترحة في آخر النشرة"));
  EXPECT_TRUE(detail::container_heading("روابط"));
  EXPECT_TRUE(detail::most_read_heading("عناوين يتهافت عليها مشتركو النشرة"));
  std::string items;
  for (int i = 1; i <= 4; ++i)
    items += "<li><a href=\"https://secure-web.cisco.com/9c60" + std::to_string(i) + "/https%3A%2F%2Fwww.site.example%2Fworld%2F" +
             std::to_string(i) + "\">عنوان قصة أخرى من النشرة رقم " + std::to_string(i) + "</a></li>";
  Document d = page("<html><head><link rel=canonical href=\"https://mail.example.com/inbox/1\"></head><body><div id=layout>"
                    "<div class=pagenav><h3>التنقل بين رسائل المجلد</h3><a href=\"/?_uid=prev\">عنوان الرسالة السابقة في "
                    "المجلد</a> <a href=\"/?_uid=next\">عنوان الرسالة التالية في المجلد</a></div><div id=body>" +
                    para("قالت الوزارة") + para("وأضافت") + para("وأشارت") + para("وأوضحت") + "</div><div class=part><h3>"
                    "عناوين أرسلتها النشرة مع الخبر</h3><ul>" + items + "</ul></div></div></body></html>");
  bool found = false;
  for (const auto& b : d.link_boxes) {
    EXPECT_NE(b.kind, "read_also") << b.heading;
    if (b.heading == "عناوين أرسلتها النشرة مع الخبر") {
      found = true;
      ASSERT_EQ(b.links.size(), 4u);
      EXPECT_EQ(b.links[0].href, "https://www.site.example/world/1");
    }
  }
  EXPECT_TRUE(found);
}

// Sets 61-68 (saved pages with no address): a headed list below the text whose links go to the host most of the
// page's links lead to is on the page's own site, a list by its place; one to another host is not.
TEST(HtmlContent, ListsByTheirPlaceOnAPageWithoutItsAddress) {
  auto with_list = [](const std::string& host) {
    std::string menu, items;
    for (int i = 0; i < 5; ++i) menu += "<a href=\"https://site.example/section/" + std::to_string(i) + "\">قسم</a> ";
    for (const char* t : {"البنك المركزي يرفع أسعار الفائدة مجددا", "الحكومة تعلن خطة جديدة للنقل العام",
                          "افتتاح معرض الكتاب بمشاركة واسعة من الناشرين"})
      items += "<li><a href=\"https://" + host + "/story/" + std::to_string(items.size()) + "\">" + t + "</a></li>";
    return page("<html><body><nav>" + menu + "</nav><article>" + para("قال رئيس الوزراء في مؤتمر صحفي") +
                para("وفي ختام المؤتمر دعا الوزير") + "</article><section><h2>للتعمق أكثر</h2><ul>" + items +
                "</ul></section></body></html>");
  };
  auto kind_of = [](const Document& d) {
    for (const auto& b : d.link_boxes)
      if (b.heading == "للتعمق أكثر") return b.kind;
    return std::string("none");
  };
  EXPECT_EQ(kind_of(with_list("site.example")), "list");
  EXPECT_EQ(kind_of(with_list("other.example")), "");
}

// Set 98 (Thunderbird's saved message): a mail header's date shown whole ("Tue, 3 Jul 2018 00:25:00 +0400") is a
// zoned stamp: a UTC metadata time of the same moment is written in its zone, past local midnight.
TEST(HtmlMeta, AMailHeadersDateGivesThePagesZone) {
  EXPECT_EQ(detail::rfc2822_iso("Tue, 3 Jul 2018 00:25:00 +0400"), "2018-07-03T00:25:00+04:00");
  EXPECT_EQ(detail::rfc2822_iso("3 Jul 2018 13:55 -0130"), "2018-07-03T13:55:00-01:30");
  EXPECT_FALSE(detail::rfc2822_iso("Tue, 3 Jul 2018 00:25:00"));
  EXPECT_FALSE(detail::rfc2822_iso("قال الوزير يوم 3 Jul 2018 00:25 +0400"));
  Document d = page("<html><head><meta property=\"article:published_time\" content=\"2018-07-02T20:25:00Z\"></head><body>"
                    "<table class=headers><tr><th>Date: </th><td>Tue, 3 Jul 2018 00:25:00 +0400</td></tr></table><article><h1>"
                    "عنوان الخبر هنا اليوم</h1>" + para("قالت الوزارة") + para("وأضافت") + "</article></body></html>");
  EXPECT_EQ(d.date, "2018-07-03T00:25:00+04:00");
}

// Set 100 (learning platforms): further reading recommended beside a lesson is the page's related list when the
// page names none ("مراجع إضافية", "روابط إثرائية", "موارد إضافية اقترحها الفريق", "مقالات ينصح المحاضر بقراءتها");
// "المراجع" alone is the text's sources, and a page's other lessons are no reading.
TEST(HtmlContent, FurtherReadingBesideALesson) {
  EXPECT_TRUE(detail::further_reading_heading("مراجع إضافية ألحقها المعلم بالواجب"));
  EXPECT_TRUE(detail::further_reading_heading("روابط إثرائية تتمم المادة المقررة"));
  EXPECT_TRUE(detail::further_reading_heading("موارد إضافية اقترحها فريق إدراك"));
  EXPECT_TRUE(detail::further_reading_heading("مقالات ينصح المحاضر بقراءتها بعد الدرس"));
  EXPECT_TRUE(detail::further_reading_heading("قراءات إضافية يرشحها المحاضر"));
  EXPECT_FALSE(detail::further_reading_heading("المراجع"));
  EXPECT_FALSE(detail::further_reading_heading("مراجع"));
  EXPECT_FALSE(detail::further_reading_heading("واجبات أخرى في هذا الفريق"));
  EXPECT_FALSE(detail::further_reading_heading("دروس المساق كما رتبها المحاضر"));
}

}  // namespace
}  // namespace akhbar
