#!/usr/bin/env python3
"""Draw the blind sample of issue 5: 20 article inputs from the shared corpus, reproducibly.

The draw is made BEFORE the articles are read or parsed, so that labels written for it measure
how the rules generalize (labels picked from errors already fixed flatter the rules).

  random.seed(5291129); candidates are the corpus' article inputs, minus every file already
  named by a label in ../shared/eval/dev/ or tests/segmenter/labels/, minus destroyed text
  (Arabic letters turned to '?') and text without Arabic. Folders are visited round-robin in a
  shuffled order, one shuffled candidate at a time, at most 3 per top-level folder, until 20.
  A multi-record file (JSON array, CSV) gets one record index drawn at random among the records
  holding Arabic text.

Second draw (--second, session 3): random.seed(20261129), 15 inputs, at most 2 per top-level
folder, excluding every file named by any label so far (dev set, tests/segmenter/labels/*.json
including blind-*), and preferring single-article files: a folder's multi-record files are drawn
only when it has no single-article candidate left.

Third draw (--third, session 4, issue 13 "Pages never seen"): random.seed(20261203), 25 inputs, at
most 3 per top-level folder, every file named by any label so far excluded (dev set and
tests/segmenter/labels/*.json including blind-* and blind2-*). Only the folders that hold sites
still little labelled are visited: commoncrawl-arcore, commoncrawl-capstone, marsum-goud,
satirical-hudood, ar-apt-human, nahla-scraper, saudinewsnet, ant-multisource and
arabic-newspapers-cp1256 (html/ is kept out of every draw; ant-jawharafm, chardet-encodings,
newspaper4k-html and seed are nearly all labelled or one text many times). Each candidate has a
*site key*: the host of its URL for the Common Crawl pages (split_index.tsv; ArCORE's text/ and
xml/ copies of a page share it), the newspaper for arabic-newspapers-cp1256 (the country code,
the first two letters of the file name), the outlet for nahla-scraper (aljazeera, cnnarabic,
misbar, fatabyyano; the CSV files count as their outlet), the `source` of each record of
saudinewsnet/json (the split/ files name no newspaper: one key), the outlet folder for
ant-multisource, the subject prefix for ar-apt-human, and the folder for Goud.ma and Hudood.
Folders are visited round-robin in a shuffled order, each round starting with the folders whose
least-labelled site has the fewest labels (so single-site folders already labelled, Goud.ma and
Hudood, are the ones left short when the 25 are reached); each visit draws at random among the
folder's candidates whose site key has the fewest labels so far (counting the draws already
made), so unlabelled sites come first. Single-article files go before multi-record ones at the
same count; a multi-record file (JSON array, CSV) is drawn as one record, and in
saudinewsnet/json each record is its own candidate under its newspaper's key.

Fourth draw (--fourth, session 5, issue 13 §3): random.seed(20261204), 30 inputs, at most 3 per
top-level folder, over every folder but html/, seed/ and newspaper4k-html/ (all labelled or kept
out). Excluded: every input named by a label so far (a multi-record file by its record, so other
records of the SaudiNewsNet JSON stay candidates), the same text under another name (a chardet
text in another encoding, the ArCORE text/ and xml/ copies of one page, a SaudiNewsNet split file
and JSON record or a nahla split file and CSV row with the same title). Site keys as in the third
draw, with three changes: the chardet texts are keyed by text (not by encoding), a SaudiNewsNet
split file takes the newspaper of the JSON record with its title (else 'split'), and the nahla CSV
rows are keyed apart from the split files of their outlet (outlet:csv). Folders are visited as in
the third draw; each visit draws among the candidates whose site key has the fewest labels, then
whose format (txt, xml, json, csv, html; the encoding for chardet) was drawn least in that folder,
so that formats are spread. Multi-record files are drawn as one record with Arabic text.

Fifth draw (--fifth, session 6, issue 13 §3): random.seed(20261205), 27 inputs, at most 3 per
top-level folder, the same folders as the fourth draw (html/, seed/ and newspaper4k-html/ kept out)
and the same procedure: every input named by a label so far excluded (blind4-* included; its own
blind5-* labels left out so that the draw stays the same once they exist), the same text under
another name too, the site least labelled so far first inside each folder (the fourth draw's site
keys), then the format drawn least in that folder; a multi-record file is drawn as one record with
Arabic text. 27 rather than 25 so that the bar (>= 25 inputs) still holds if a drawn input turns
out not to be an article when it is read.

Sixth and seventh draws (--sixth, --seventh, session 7, issue 13 §3): drawn together, before any
rule of the session changed, by the fifth draw's procedure with random.seed(20261206) and
random.seed(20261207), 27 inputs each. The sixth is labelled and scored first, then used (with the
earlier samples) to find what to fix; the seventh is labelled at the same time by someone who does
not change the rules, and kept sealed (not parsed) until the session's rules are done, so that its
first score measures them on inputs nobody looked at while writing them. Both leave out their own
and each other's labels (so the draws stay the same once the labels exist), and the seventh also
leaves out every input of the sixth draw.

Eighth draw (--eighth, session 7): random.seed(20261208), 27 inputs, the fifth draw's procedure,
every label so far excluded (blind6-* and blind7-* included). Drawn once the seventh sample had
been scored and opened to the rules' writers: it is the next sealed sample, labelled by someone who
does not change the rules and scored once after their second round.

Ninth draw (--ninth, end of session 7): random.seed(20261209), 27 inputs, as the eighth (every
label so far excluded, blind8-* included). Labelled at the end of session 7 by a helper who did not
change the rules and left sealed for the next session's rules: score it once before looking at it.

Tenth draw (--tenth, session 8, issue 13 §3): random.seed(20261210), 27 inputs, as the ninth (every
label so far excluded, blind9-* included). Labelled in session 8 by a helper who did not change the
rules and did not run akhbar on the inputs; sealed until the session's rules are merged, then scored
once as the session's blind figure.

Eleventh draw (--eleventh, session 9, issue 13 §3): random.seed(20261211), 27 inputs, as the tenth
(every label so far excluded, blind10-* included). Labelled in session 9 by a helper who did not
change the rules and did not run akhbar on the inputs; sealed until the session's rules are merged,
then scored once as the session's blind figure.

Twelfth draw (--twelfth, end of session 9, issue 13 §3): random.seed(20261212), 27 inputs, as the
eleventh (every label so far excluded, blind11-* included). Labelled at the end of session 9 by a
helper who did not change the rules and did not run akhbar on the inputs; sealed until the
session's rules are merged, then scored once as the session's blind figure.

Thirteenth draw (--thirteenth, session 10, issue 13 §3): random.seed(20261213), 27 inputs, as the
twelfth (every label so far excluded, blind12-* included). Labelled in session 10 by a helper who
did not change the rules and did not run akhbar on the inputs; sealed until the session's rules are
merged, then scored once as the session's blind figure.

Fourteenth draw (--fourteenth, end of session 10, issue 13 §3): random.seed(20261214), 27 inputs, as
the thirteenth (every label so far excluded, blind13-* included). Labelled at the end of session 10
by a helper who did not change the rules and did not run akhbar on the inputs; sealed until the
session's rules are merged, then scored once as the session's blind figure.

Fifteenth draw (--fifteenth, session 11, issue 13 §3): random.seed(20261215), 27 inputs, as the
fourteenth (every label so far excluded, blind14-* included). Labelled at the start of session 11 by
a helper who did not change the rules and did not run akhbar on the inputs; scored once at the
session-start rules before any rule changed.

Sixteenth draw (--sixteenth, end of session 11, issue 13 §3): random.seed(20261216), 27 inputs, as
the fifteenth (every label so far excluded, blind15-* included). Labelled in session 11 by a helper
who did not change the rules and did not run akhbar on the inputs; sealed until the session's rules
are merged, then scored once as the session's end-of-session blind figure.

Seventeenth draw (--seventeenth, end of session 11, issue 13 §3): random.seed(20261217), 27 inputs, as
the sixteenth (every label so far excluded, blind16-* included). Labelled late in session 11 by a helper
who did not change the rules and did not run akhbar on the inputs; scored once at the session's final
rules, after the fixes that blind16 and HTML set 15 opened.

Eighteenth and nineteenth draws (--eighteenth, --nineteenth, session 12, issue 13 §3):
random.seed(20261218) and random.seed(20261219), 27 inputs each, as the seventeenth (every label so
far excluded, blind17-* included), drawn together as the sixth and seventh were: both leave out
their own and each other's labels, and the nineteenth also leaves out every input of the eighteenth. Labelled at the start of session 12 by helpers who did not change
the rules and did not run akhbar on the inputs. The eighteenth is scored once at the session-start
rules before any rule changed; the nineteenth stays sealed until the session's final rules.

Twentieth and twenty-first draws (--twentieth, --twenty-first, session 13, issue 13 §3):
random.seed(20261220) and random.seed(20261221), 27 inputs each, as the nineteenth (every label so
far excluded, blind19-* included), drawn together as the eighteenth and nineteenth were. Labelled at
the start of session 13 by helpers who did not change the rules and did not run akhbar on the
inputs. The twentieth is scored once at the session-start rules before any rule changed; the
twenty-first stays sealed until the session's final rules.

Twenty-second and twenty-third draws (--twenty-second, --twenty-third, session 14, issue 13 §3):
random.seed(20261222) and random.seed(20261223), 27 inputs each, as the twenty-first (every label so
far excluded, blind21-* included), drawn together as the twentieth and twenty-first were. Labelled
at the start of session 14 by helpers who did not change the rules and did not run akhbar on the
inputs. The twenty-second is scored once at the session-start rules before any rule changed; the
twenty-third stays sealed until the session's final rules.

Twenty-fourth and twenty-fifth draws (--twenty-fourth, --twenty-fifth, session 15, issue 13 §3):
random.seed(20261224) and random.seed(20261225), 27 inputs each, as the twenty-third (every label so
far excluded, blind23-* included), drawn together as the twenty-second and twenty-third were. Labelled
at the start of session 15 by helpers who did not change the rules and did not run akhbar on the
inputs. The twenty-fourth is scored once at the session-start rules before any rule changed; the
twenty-fifth stays sealed until the session's final rules.

Twenty-sixth and twenty-seventh draws (--twenty-sixth, --twenty-seventh, session 16, issue 13 §3):
random.seed(20261226) and random.seed(20261227), 27 inputs each, as the twenty-fifth (every label so
far excluded, blind25-* included), drawn together as the twenty-fourth and twenty-fifth were. Labelled
at the start of session 16 by helpers who did not change the rules and did not run akhbar on the
inputs. The twenty-sixth is scored once at the session-start rules before any rule changed; the
twenty-seventh stays sealed until the session's final rules.

Twenty-eighth and twenty-ninth draws (--twenty-eighth, --twenty-ninth, session 17, issue 13 §3):
random.seed(20261228) and random.seed(20261229), 27 inputs each, as the twenty-seventh (every label so
far excluded, blind27-* included), drawn together as the twenty-sixth and twenty-seventh were. Labelled
at the start of session 17 by helpers who did not change the rules and did not run akhbar on the
inputs. The twenty-eighth is scored once at the session-start rules before any rule changed; the
twenty-ninth stays sealed until the session's final rules.

Thirtieth and thirty-first draws (--thirtieth, --thirty-first, session 18, issue 13 §3):
random.seed(20261230) and random.seed(20261231), 27 inputs each, as the twenty-ninth (every label so
far excluded, blind29-* included), drawn together as the twenty-eighth and twenty-ninth were. Labelled
at the start of session 18 by helpers who did not change the rules and did not run akhbar on the
inputs. The thirtieth is scored once at the session-start rules before any rule changed; the
thirty-first stays sealed until the session's final rules.

Thirty-second and thirty-third draws (--thirty-second, --thirty-third, session 19, issue 13 §3):
random.seed(20261232) and random.seed(20261233), 27 inputs each, as the thirty-first (every label so
far excluded, blind31-* included), drawn together as the thirtieth and thirty-first were. Labelled
at the start of session 19 by helpers who did not change the rules and did not run akhbar on the
inputs. The thirty-second is scored once at the session-start rules before any rule changed; the
thirty-third stays sealed until the session's final rules.

Thirty-fourth and thirty-fifth draws (--thirty-fourth, --thirty-fifth, session 20, issue 13 §3):
random.seed(20261234) and random.seed(20261235), 27 inputs each, as the thirty-third (every label so
far excluded, blind33-* included), drawn together as the thirty-second and thirty-third were.
Labelled at the start of session 20 by helpers who did not change the rules and did not run akhbar
on the inputs. The thirty-fourth is scored once at the session-start rules before any rule changed;
the thirty-fifth stays sealed until the session's final rules.

Thirty-sixth and thirty-seventh draws (--thirty-sixth, --thirty-seventh, session 21, issue 13 §3):
random.seed(20261236) and random.seed(20261237), 27 inputs each, as the thirty-fifth (every label so
far excluded, blind35-* included), drawn together as the thirty-fourth and thirty-fifth were.
Labelled at the start of session 21 by helpers who did not change the rules and did not run akhbar
on the inputs. The thirty-sixth is scored once at the session-start rules before any rule changed;
the thirty-seventh stays sealed until the session's final rules.

Thirty-eighth and thirty-ninth draws (--thirty-eighth, --thirty-ninth, session 22, issue 13 §3):
random.seed(20261238) and random.seed(20261239), 27 inputs each, as the thirty-seventh (every label so
far excluded, blind37-* included), drawn together as the thirty-sixth and thirty-seventh were.
Labelled at the start of session 22 by helpers who did not change the rules and did not run akhbar
on the inputs. The thirty-eighth is scored once at the session-start rules before any rule changed;
the thirty-ninth stays sealed until the session's final rules.

Fortieth and forty-first draws (--fortieth, --forty-first, session 22's second round, issue 13 §3):
random.seed(20261240) and random.seed(20261241), 27 inputs each, as the thirty-ninth (every label so far
excluded, blind39-* included), drawn together. Labelled in the middle of session 22 by helpers who did not
change the rules and did not run akhbar on the inputs. The fortieth is scored once at the rules of that moment
before any rule changed; the forty-first stays sealed until the session's final rules.

Forty-second and forty-third draws (--forty-second, --forty-third, session 23, issue 13 §3):
random.seed(20261242) and random.seed(20261243), 27 inputs each, as the forty-first (every label so far
excluded, blind41-* included) but up to 4 a folder (three folders have no unlabelled site left, so 3 a
folder gives only 25 and 24), drawn together. Labelled at the start of session 23 by helpers who did not
change the rules and did not run akhbar on the inputs. The forty-second is scored once at the session-start
rules before any rule changed; the forty-third stays sealed until the session's final rules.

Forty-fourth and forty-fifth draws (--forty-fourth, --forty-fifth, session 23's second round, issue 13 §3):
random.seed(20261244) and random.seed(20261245), 27 inputs each, as the forty-third (every label so far
excluded, blind43-* included, up to 4 a folder), drawn together. Labelled in the middle of session 23 by
helpers who did not change the rules and did not run akhbar on the inputs. The forty-fourth is scored once at
the rules of that moment before any rule changed; the forty-fifth stays sealed until the session's final rules.

Forty-sixth and forty-seventh draws (--forty-sixth, --forty-seventh, session 24, issue 13 §3):
random.seed(20261246) and random.seed(20261247), 27 inputs each, as the forty-fifth (every label so far
excluded, blind45-* included, up to 4 a folder), drawn together. Labelled at the start of session 24 by
helpers who did not change the rules and did not run akhbar on the inputs. The forty-sixth is scored once at
the session-start rules before any rule changed; the forty-seventh stays sealed until the session's final rules.

Forty-eighth and forty-ninth draws (--forty-eighth, --forty-ninth, session 24's second round, issue 13 §3):
random.seed(20261248) and random.seed(20261249), 27 inputs each, as the forty-seventh (every label so far
excluded, blind47-* included, up to 4 a folder), drawn together. Labelled in the middle of session 24 by
helpers who did not change the rules and did not run akhbar on the inputs. The forty-eighth is scored once at
the rules of that moment before any rule changed; the forty-ninth stays sealed until the session's final rules.

Fiftieth and fifty-first draws (--fiftieth, --fifty-first, session 25, issue 13 §3):
random.seed(20261250) and random.seed(20261251), 27 inputs each, as the forty-ninth (every label so far
excluded, blind49-* included, up to 4 a folder), drawn together. Labelled at the start of session 25 by
helpers who did not change the rules and did not run akhbar on the inputs. The fiftieth is scored once at
the session-start rules before any rule changed; the fifty-first stays sealed until the session's final rules.

Fifty-second and fifty-third draws (--fifty-second, --fifty-third, session 25's second round, issue 13 §3):
random.seed(20261252) and random.seed(20261253), 27 inputs each, as the fifty-first (every label so far
excluded, blind51-* included, up to 4 a folder), drawn together. Labelled in the middle of session 25 by
helpers who did not change the rules and did not run akhbar on the inputs. The fifty-second is scored once at
the rules of that moment before any rule changed; the fifty-third stays sealed until the session's final rules.

Fifty-fourth and fifty-fifth draws (--fifty-fourth, --fifty-fifth, session 25's third round, issue 13 §3):
random.seed(20261254) and random.seed(20261255), 27 inputs each, as the fifty-third (every label so far
excluded, blind53-* included, up to 4 a folder), drawn together. Labelled late in session 25 by helpers who
did not change the rules and did not run akhbar on the inputs. The fifty-fourth is scored once at the rules
of that moment before any rule changed; the fifty-fifth stays sealed until the session's final rules.

Fifty-sixth and fifty-seventh draws (--fifty-sixth, --fifty-seventh, session 26, issue 13 §3):
random.seed(20261256) and random.seed(20261257), 27 inputs each, as the fifty-fifth (every label so far
excluded, blind55-* included, up to 4 a folder), drawn together. Labelled at the start of session 26 by
helpers who did not change the rules and did not run akhbar on the inputs. The fifty-sixth is scored once at
the session-start rules before any rule changed; the fifty-seventh stays sealed until the session's final rules.

Fifty-eighth and fifty-ninth draws (--fifty-eighth, --fifty-ninth, session 26's second round, issue 13 §3):
random.seed(20261258) and random.seed(20261259), 27 inputs each, as the fifty-seventh (every label so far
excluded, blind57-* included, up to 4 a folder), drawn together. Labelled during session 26 by helpers who
did not change the rules and did not run akhbar on the inputs. The fifty-eighth is scored once at the rules
of that moment before any rule changed; the fifty-ninth stays sealed until the session's final rules.

Sixtieth and sixty-first draws (--sixtieth, --sixty-first, session 26's third round, issue 13 §3):
random.seed(20261260) and random.seed(20261261), 27 inputs each, as the fifty-ninth (every label so far
excluded, blind59-* included, up to 4 a folder), drawn together. Labelled during session 26 by helpers who
did not change the rules and did not run akhbar on the inputs. The sixtieth is scored once at the rules
of that moment before any rule changed; the sixty-first stays sealed until the session's final rules.

Sixty-second and sixty-third draws (--sixty-second, --sixty-third, session 26's fourth round, issue 13 §3):
random.seed(20261262) and random.seed(20261263), 27 inputs each, as the sixty-first (every label so far
excluded, blind61-* included, up to 4 a folder), drawn together. Labelled late in session 26 by helpers who
did not change the rules and did not run akhbar on the inputs. The sixty-second is scored once at the rules
of that moment before any rule changed; the sixty-third stays sealed until the session's final rules.

Sixty-fourth and sixty-fifth draws (--sixty-fourth, --sixty-fifth, session 26's fifth round, issue 13 §3):
random.seed(20261264) and random.seed(20261265), 27 inputs each, as the sixty-third (every label so far
excluded, blind63-* included, up to 4 a folder), drawn together. Labelled late in session 26 by helpers who
did not change the rules and did not run akhbar on the inputs. The sixty-fourth is scored once at the rules
of that moment before any rule changed; the sixty-fifth stays sealed until the session's final rules.

Sixty-sixth and sixty-seventh draws (--sixty-sixth, --sixty-seventh, session 27's first round, issue 13 §3):
random.seed(20261266) and random.seed(20261267), 27 inputs each, as the sixty-fifth (every label so far
excluded, blind65-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The sixty-sixth is scored once at the rules
of that moment before any rule changed; the sixty-seventh stays sealed until the session's final rules.

Sixty-eighth and sixty-ninth draws (--sixty-eighth, --sixty-ninth, session 27's second round, issue 13 §3):
random.seed(20261268) and random.seed(20261269), 27 inputs each, as the sixty-seventh (every label so far
excluded, blind67-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The sixty-eighth is scored once at the rules
of that moment before any rule changed; the sixty-ninth stays sealed until the session's final rules.

Seventieth and seventy-first draws (--seventieth, --seventy-first, session 27's third round, issue 13 §3):
random.seed(20261270) and random.seed(20261271), 27 inputs each, as the sixty-ninth (every label so far
excluded, blind69-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The seventieth is scored once at the rules
of that moment before any rule changed; the seventy-first stays sealed until the session's final rules.

Seventy-second and seventy-third draws (--seventy-second, --seventy-third, session 27's fourth round, issue 13
§3): random.seed(20261272) and random.seed(20261273), 27 inputs each, as the seventy-first (every label so far
excluded, blind71-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The seventy-second is scored once at the rules
of that moment before any rule changed; the seventy-third stays sealed until the session's final rules.

Seventy-fourth and seventy-fifth draws (--seventy-fourth, --seventy-fifth, session 27's fifth round, issue 13
§3): random.seed(20261274) and random.seed(20261275), 27 inputs each, as the seventy-third (every label so far
excluded, blind73-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The seventy-fourth is scored once at the rules
of that moment before any rule changed; the seventy-fifth stays sealed until the session's final rules.

Seventy-sixth and seventy-seventh draws (--seventy-sixth, --seventy-seventh, session 27's sixth round, issue 13
§3): random.seed(20261276) and random.seed(20261277), 27 inputs each, as the seventy-fifth (every label so far
excluded, blind75-* included, up to 4 a folder), drawn together. Labelled during session 27 by helpers who
did not change the rules and did not run akhbar on the inputs. The seventy-sixth is scored once at the rules
of that moment before any rule changed; the seventy-seventh stays sealed until the session's final rules.

Seventy-eighth and seventy-ninth draws (--seventy-eighth, --seventy-ninth, session 28's first round, issue 13
§3): random.seed(20261278) and random.seed(20261279), 27 inputs each, as the seventy-seventh (every label so far
excluded, blind77-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The seventy-eighth is scored once at the rules
of that moment before any rule changed; the seventy-ninth stays sealed until the session's final rules.

Eightieth and eighty-first draws (--eightieth, --eighty-first, session 28's second round, issue 13 §3):
random.seed(20261280) and random.seed(20261281), 27 inputs each, as the seventy-ninth (every label so far
excluded, blind79-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The eightieth is scored once at the rules
of that moment before any rule changed; the eighty-first stays sealed until the session's final rules.

Eighty-second and eighty-third draws (--eighty-second, --eighty-third, session 28's third round, issue 13 §3):
random.seed(20261282) and random.seed(20261283), 27 inputs each, as the eighty-first (every label so far
excluded, blind81-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The eighty-second is scored once at the rules
of that moment before any rule changed; the eighty-third stays sealed until the session's final rules.

Eighty-fourth and eighty-fifth draws (--eighty-fourth, --eighty-fifth, session 28's fourth round, issue 13 §3):
random.seed(20261284) and random.seed(20261285), 27 inputs each, as the eighty-third (every label so far
excluded, blind83-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The eighty-fourth is scored once at the rules
of that moment before any rule changed; the eighty-fifth stays sealed until the session's final rules.

Eighty-sixth and eighty-seventh draws (--eighty-sixth, --eighty-seventh, session 28's fifth round, issue 13 §3):
random.seed(20261286) and random.seed(20261287), 27 inputs each, as the eighty-fifth (every label so far
excluded, blind85-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The eighty-sixth is scored once at the rules
of that moment before any rule changed; the eighty-seventh stays sealed until the session's final rules.

Eighty-eighth and eighty-ninth draws (--eighty-eighth, --eighty-ninth, session 28's sixth round, issue 13 §3):
random.seed(20261288) and random.seed(20261289), 27 inputs each, as the eighty-seventh (every label so far
excluded, blind87-* included, up to 4 a folder), drawn together. Labelled during session 28 by helpers who
did not change the rules and did not run akhbar on the inputs. The eighty-eighth is scored once at the rules
of that moment before any rule changed; the eighty-ninth stays sealed until the session's final rules.

Each draw leaves out its own labels and those of the draws after it (LABEL_PREFIXES, in the order
of the draws), so that a draw stays the same once later samples are labelled: the third to the
eighty-ninth reproduce their blindN-draw.txt. The first two draws came before dev-set labels that
cannot be told apart now; they print what they printed when the tenth was drawn (labels from the
tenth on left out).

Usage: blind_sample.py [--corpus DIR] [--second | --third | --fourth | --fifth | --sixth | --seventh | --eighth
                        | --ninth | --tenth | --eleventh | --twelfth | --thirteenth | --fourteenth
                        | --fifteenth | --sixteenth | --seventeenth | --eighteenth | --nineteenth
                        | --twentieth | --twenty-first | --twenty-second | --twenty-third
                        | --twenty-fourth | --twenty-fifth | --twenty-sixth | --twenty-seventh
                        | --twenty-eighth | --twenty-ninth | --thirtieth | --thirty-first
                        | --thirty-second | --thirty-third | --thirty-fourth | --thirty-fifth
                        | --thirty-sixth | --thirty-seventh | --thirty-eighth | --thirty-ninth
                        | --fortieth | --forty-first | --forty-second | --forty-third
                        | --forty-fourth | --forty-fifth | --forty-sixth
                        | --forty-seventh | --forty-eighth | --forty-ninth
                        | --fiftieth | --fifty-first | --fifty-second | --fifty-third
                        | --fifty-fourth | --fifty-fifth | --fifty-sixth | --fifty-seventh
                        | --fifty-eighth | --fifty-ninth | --sixtieth | --sixty-first
                        | --sixty-second | --sixty-third | --sixty-fourth | --sixty-fifth
                        | --sixty-sixth | --sixty-seventh | --sixty-eighth | --sixty-ninth
                        | --seventieth | --seventy-first | --seventy-second | --seventy-third
                        | --seventy-fourth | --seventy-fifth | --seventy-sixth | --seventy-seventh
                        | --seventy-eighth | --seventy-ninth | --eightieth | --eighty-first
                        | --eighty-second | --eighty-third | --eighty-fourth | --eighty-fifth
                        | --eighty-sixth | --eighty-seventh | --eighty-eighth | --eighty-ninth]
                        prints one line per draw: folder, path, record
"""
import argparse
import csv
import glob
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, '..', '..'))
SEED = 5291129
COUNT = 20
PER_FOLDER = 3
SECOND = {'seed': 20261129, 'count': 15, 'per_folder': 2}
THIRD = {'seed': 20261203, 'count': 25, 'per_folder': 3,
         'folders': ('ant-multisource', 'ar-apt-human', 'arabic-newspapers-cp1256', 'commoncrawl-arcore',
                     'commoncrawl-capstone', 'marsum-goud', 'nahla-scraper', 'satirical-hudood', 'saudinewsnet')}
FOURTH = {'seed': 20261204, 'count': 30, 'per_folder': 3,
          'folders': ('ant-jawharafm', 'ant-multisource', 'ar-apt-human', 'arabic-newspapers-cp1256',
                      'chardet-encodings', 'commoncrawl-arcore', 'commoncrawl-capstone', 'marsum-goud',
                      'nahla-scraper', 'satirical-hudood', 'saudinewsnet')}
FIFTH = dict(FOURTH, seed=20261205, count=27)
SIXTH = dict(FOURTH, seed=20261206, count=27)
SEVENTH = dict(FOURTH, seed=20261207, count=27)
EIGHTH = dict(FOURTH, seed=20261208, count=27)
NINTH = dict(FOURTH, seed=20261209, count=27)
TENTH = dict(FOURTH, seed=20261210, count=27)
ELEVENTH = dict(FOURTH, seed=20261211, count=27)
TWELFTH = dict(FOURTH, seed=20261212, count=27)
THIRTEENTH = dict(FOURTH, seed=20261213, count=27)
FOURTEENTH = dict(FOURTH, seed=20261214, count=27)
FIFTEENTH = dict(FOURTH, seed=20261215, count=27)
SIXTEENTH = dict(FOURTH, seed=20261216, count=27)
SEVENTEENTH = dict(FOURTH, seed=20261217, count=27)
EIGHTEENTH = dict(FOURTH, seed=20261218, count=27)
NINETEENTH = dict(FOURTH, seed=20261219, count=27)
TWENTIETH = dict(FOURTH, seed=20261220, count=27)
TWENTY_FIRST = dict(FOURTH, seed=20261221, count=27)
TWENTY_SECOND = dict(FOURTH, seed=20261222, count=27)
TWENTY_THIRD = dict(FOURTH, seed=20261223, count=27)
TWENTY_FOURTH = dict(FOURTH, seed=20261224, count=27)
TWENTY_FIFTH = dict(FOURTH, seed=20261225, count=27)
TWENTY_SIXTH = dict(FOURTH, seed=20261226, count=27)
TWENTY_SEVENTH = dict(FOURTH, seed=20261227, count=27)
TWENTY_EIGHTH = dict(FOURTH, seed=20261228, count=27)
TWENTY_NINTH = dict(FOURTH, seed=20261229, count=27)
THIRTIETH = dict(FOURTH, seed=20261230, count=27)
THIRTY_FIRST = dict(FOURTH, seed=20261231, count=27)
THIRTY_SECOND = dict(FOURTH, seed=20261232, count=27)
THIRTY_THIRD = dict(FOURTH, seed=20261233, count=27)
THIRTY_FOURTH = dict(FOURTH, seed=20261234, count=27)
THIRTY_FIFTH = dict(FOURTH, seed=20261235, count=27)
THIRTY_SIXTH = dict(FOURTH, seed=20261236, count=27)
THIRTY_SEVENTH = dict(FOURTH, seed=20261237, count=27)
THIRTY_EIGHTH = dict(FOURTH, seed=20261238, count=27)
THIRTY_NINTH = dict(FOURTH, seed=20261239, count=27)
FORTIETH = dict(FOURTH, seed=20261240, count=27)
FORTY_FIRST = dict(FOURTH, seed=20261241, count=27)
FORTY_SECOND = dict(FOURTH, seed=20261242, count=27, per_folder=4)  # three sites are used up: 4 a folder keeps 27
FORTY_THIRD = dict(FORTY_SECOND, seed=20261243)
FORTY_FOURTH = dict(FORTY_SECOND, seed=20261244)
FORTY_FIFTH = dict(FORTY_SECOND, seed=20261245)
FORTY_SIXTH = dict(FORTY_SECOND, seed=20261246)
FORTY_SEVENTH = dict(FORTY_SECOND, seed=20261247)
FORTY_EIGHTH = dict(FORTY_SECOND, seed=20261248)
FORTY_NINTH = dict(FORTY_SECOND, seed=20261249)
FIFTIETH = dict(FORTY_SECOND, seed=20261250)
FIFTY_FIRST = dict(FORTY_SECOND, seed=20261251)
FIFTY_SECOND = dict(FORTY_SECOND, seed=20261252)
FIFTY_THIRD = dict(FORTY_SECOND, seed=20261253)
FIFTY_FOURTH = dict(FORTY_SECOND, seed=20261254)
FIFTY_FIFTH = dict(FORTY_SECOND, seed=20261255)
FIFTY_SIXTH = dict(FORTY_SECOND, seed=20261256)
FIFTY_SEVENTH = dict(FORTY_SECOND, seed=20261257)
FIFTY_EIGHTH = dict(FORTY_SECOND, seed=20261258)
FIFTY_NINTH = dict(FORTY_SECOND, seed=20261259)
SIXTIETH = dict(FORTY_SECOND, seed=20261260)
SIXTY_FIRST = dict(FORTY_SECOND, seed=20261261)
SIXTY_SECOND = dict(FORTY_SECOND, seed=20261262)
SIXTY_THIRD = dict(FORTY_SECOND, seed=20261263)
SIXTY_FOURTH = dict(FORTY_SECOND, seed=20261264)
SIXTY_FIFTH = dict(FORTY_SECOND, seed=20261265)
SIXTY_SIXTH = dict(FORTY_SECOND, seed=20261266)
SIXTY_SEVENTH = dict(FORTY_SECOND, seed=20261267)
SIXTY_EIGHTH = dict(FORTY_SECOND, seed=20261268)
SIXTY_NINTH = dict(FORTY_SECOND, seed=20261269)
SEVENTIETH = dict(FORTY_SECOND, seed=20261270)
SEVENTY_FIRST = dict(FORTY_SECOND, seed=20261271)
SEVENTY_SECOND = dict(FORTY_SECOND, seed=20261272)
SEVENTY_THIRD = dict(FORTY_SECOND, seed=20261273)
SEVENTY_FOURTH = dict(FORTY_SECOND, seed=20261274)
SEVENTY_FIFTH = dict(FORTY_SECOND, seed=20261275)
SEVENTY_SIXTH = dict(FORTY_SECOND, seed=20261276)
SEVENTY_SEVENTH = dict(FORTY_SECOND, seed=20261277)
SEVENTY_EIGHTH = dict(FORTY_SECOND, seed=20261278)
SEVENTY_NINTH = dict(FORTY_SECOND, seed=20261279)
EIGHTIETH = dict(FORTY_SECOND, seed=20261280)
EIGHTY_FIRST = dict(FORTY_SECOND, seed=20261281)
EIGHTY_SECOND = dict(FORTY_SECOND, seed=20261282)
EIGHTY_THIRD = dict(FORTY_SECOND, seed=20261283)
EIGHTY_FOURTH = dict(FORTY_SECOND, seed=20261284)
EIGHTY_FIFTH = dict(FORTY_SECOND, seed=20261285)
EIGHTY_SIXTH = dict(FORTY_SECOND, seed=20261286)
EIGHTY_SEVENTH = dict(FORTY_SECOND, seed=20261287)
EIGHTY_EIGHTH = dict(FORTY_SECOND, seed=20261288)
EIGHTY_NINTH = dict(FORTY_SECOND, seed=20261289)
# label-name prefixes of the draws' samples, in the order drawn: a draw leaves out its own and later ones
LABEL_PREFIXES = ('blind-', 'blind2-', 'blind3-', 'blind4-', 'blind5-', 'blind6-', 'blind7-', 'blind8-',
                  'blind9-', 'blind10-', 'blind11-', 'blind12-', 'blind13-', 'blind14-', 'blind15-',
                  'blind16-', 'blind17-', 'blind18-', 'blind19-', 'blind20-', 'blind21-', 'blind22-',
                  'blind23-', 'blind24-', 'blind25-', 'blind26-', 'blind27-', 'blind28-', 'blind29-',
                  'blind30-', 'blind31-', 'blind32-', 'blind33-', 'blind34-', 'blind35-', 'blind36-',
                  'blind37-', 'blind38-', 'blind39-', 'blind40-', 'blind41-', 'blind42-', 'blind43-',
                  'blind44-', 'blind45-', 'blind46-', 'blind47-',
                  'blind48-', 'blind49-', 'blind50-', 'blind51-', 'blind52-', 'blind53-', 'blind54-', 'blind55-',
                  'blind56-', 'blind57-', 'blind58-', 'blind59-', 'blind60-', 'blind61-', 'blind62-',
                  'blind63-', 'blind64-', 'blind65-', 'blind66-', 'blind67-', 'blind68-', 'blind69-', 'blind70-', 'blind71-', 'blind72-', 'blind73-', 'blind74-', 'blind75-', 'blind76-', 'blind77-',
                  'blind78-', 'blind79-', 'blind80-', 'blind81-', 'blind82-', 'blind83-', 'blind84-', 'blind85-', 'blind86-', 'blind87-', 'blind88-', 'blind89-')
ARABIC = re.compile('[\u0621-\u064a]')
CHARDET_CODECS = {'cp720-arabic': 'cp720', 'iso-8859-6-arabic': 'iso-8859-6', 'utf-16-arabic': 'utf-16',
                  'utf-16be-arabic': 'utf-16-be', 'utf-16le-arabic': 'utf-16-le', 'utf-32-arabic': 'utf-32',
                  'utf-32be-arabic': 'utf-32-be', 'utf-32le-arabic': 'utf-32-le',
                  'utf-8-arabic': 'utf-8', 'windows-1256-arabic': 'cp1256'}
INPUT_EXTENSIONS = ('.txt', '.html', '.xml', '.json', '.csv')


def from_draw(prefix):
    """The label prefixes of the draw whose labels start with `prefix` and of every later draw."""
    return LABEL_PREFIXES[LABEL_PREFIXES.index(prefix):]


def codec_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == 'arabic-newspapers-cp1256':
        return 'cp1256'
    if parts[0] == 'chardet-encodings':
        return CHARDET_CODECS.get(parts[1], 'utf-8')
    return 'utf-8'


def decode(path, rel):
    with open(path, 'rb') as f:
        data = f.read()
    return data.decode(codec_of(rel), errors='replace')


def is_arabic(text):
    """Enough Arabic letters, and not the destroyed kind where letters became '?'."""
    letters = len(ARABIC.findall(text))
    return letters >= 80 and text.count('?') < letters


def labelled_files(with_paths=False, ignore=()):
    """Inputs named by the labels so far; `ignore`: label-name prefixes left out (a draw's own labels)."""
    names = set()
    paths = []
    for pattern in (os.path.join(SOURCE, '..', 'shared', 'eval', 'dev', '*.json'),
                    os.path.join(SOURCE, 'tests', 'segmenter', 'labels', '*.json')):
        for label in glob.glob(pattern):
            if ignore and os.path.basename(label).startswith(tuple(ignore)):
                continue
            with open(label, encoding='utf-8') as f:
                lab = json.load(f)
            names.add(os.path.realpath(os.path.join(os.path.dirname(label), lab['file'])))
            paths.append((os.path.realpath(os.path.join(os.path.dirname(label), lab['file'])), lab.get('record', 0)))
    return (names, paths) if with_paths else names


def records(path, rel, text):
    """Texts of the records of a multi-record input, or None for a single-article file."""
    if rel.endswith('.csv'):
        rows = list(csv.reader(io.StringIO(text)))
        if rows and rows[0] and rows[0][0] == 'Category':  # the Aljazeera file has a header row
            rows = rows[1:]
        return [' '.join(r) for r in rows]
    if rel.endswith('.json'):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        if isinstance(data, list):
            return [json.dumps(r, ensure_ascii=False) for r in data]
    return None


def url_hosts(corpus):
    """file name -> host of its URL, from the Common Crawl folders' split_index.tsv."""
    hosts = {}
    for folder in ('commoncrawl-arcore', 'commoncrawl-capstone'):
        index = os.path.join(corpus, folder, 'split_index.tsv')
        if not os.path.exists(index):
            continue
        with open(index, encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                host = re.sub(r'^www\.', '', row['url'].split('/')[2].lower()) if '//' in row['url'] else row['url']
                hosts[(folder, os.path.splitext(row['file'])[0])] = host
    return hosts


def site_key(rel, hosts, record=None, recs=None):
    """The site (or newspaper) an input comes from, as far as the corpus tells without reading it."""
    parts = rel.split(os.sep)
    top, name = parts[0], os.path.splitext(parts[-1])[0]
    if top in ('commoncrawl-arcore', 'commoncrawl-capstone'):
        return top + ':' + hosts.get((top, name), name)
    if top == 'arabic-newspapers-cp1256':
        return top + ':' + name[:2]
    if top == 'nahla-scraper':
        low = name.lower()
        for outlet in ('aljazeera', 'cnnarabic', 'cnn-arabia', 'misbar', 'fatabyyano'):
            if outlet in low:
                return top + ':' + ('cnnarabic' if outlet == 'cnn-arabia' else outlet)
        return top + ':' + name
    if top == 'saudinewsnet':
        if recs is not None and record is not None:
            return top + ':' + str(json.loads(recs[record]).get('source'))
        return top + ':split'
    if top == 'ant-multisource':
        return top + ':' + parts[1]
    if top == 'ar-apt-human':
        return top + ':' + name.split('-')[0]
    return top


def third_draw(corpus):
    """The third draw (see the docstring): site keys least labelled first."""
    rng = random.Random(THIRD['seed'])
    taken, labelled = labelled_files(with_paths=True, ignore=from_draw('blind3-'))
    hosts = url_hosts(corpus)
    seen = {}  # site key -> labels so far, then draws too
    for path, record in labelled:
        rel = os.path.relpath(path, corpus)
        recs = None
        if rel.startswith('saudinewsnet' + os.sep) and rel.endswith('.json'):
            recs = records(path, rel, decode(path, rel))
        key = site_key(rel, hosts, record, recs)
        seen[key] = seen.get(key, 0) + 1
    folders = {}
    for top in THIRD['folders']:
        for dirpath, dirnames, filenames in os.walk(os.path.join(corpus, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, corpus)
                if not name.endswith(INPUT_EXTENSIONS) or name.startswith('metadata__'):
                    continue
                if os.path.realpath(path) in taken:
                    continue
                if top == 'saudinewsnet' and rel.endswith('.json'):
                    recs = records(path, rel, decode(path, rel))
                    for i, r in enumerate(recs):
                        folders.setdefault(top, []).append((rel, i, site_key(rel, hosts, i, recs), True))
                    continue
                multi = rel.endswith(('.json', '.csv'))
                folders.setdefault(top, []).append((rel, None, site_key(rel, hosts), multi))
    order = sorted(folders)
    rng.shuffle(order)
    picked = []
    count = {name: 0 for name in order}
    while len(picked) < THIRD['count'] and any(folders[n] and count[n] < THIRD['per_folder'] for n in order):
        # each round visits first the folders whose least-labelled site has the fewest labels
        # (sorted() is stable: the shuffled order breaks ties)
        rank = {n: min((seen.get(c[2], 0) for c in folders[n]), default=0) for n in order}
        for name in sorted(order, key=lambda n: rank[n]):
            if len(picked) == THIRD['count']:
                break
            while folders[name] and count[name] < THIRD['per_folder']:
                best = min((seen.get(c[2], 0), c[3]) for c in folders[name])
                pool = [c for c in folders[name] if (seen.get(c[2], 0), c[3]) == best]
                cand = rng.choice(pool)
                folders[name].remove(cand)
                rel, index, key, multi = cand
                text = decode(os.path.join(corpus, rel), rel)
                if index is not None:  # one record of saudinewsnet/json
                    if not is_arabic(records(None, rel, text)[index]):
                        continue
                elif multi:
                    recs = records(os.path.join(corpus, rel), rel, text)
                    usable = [i for i, r in enumerate(recs or []) if is_arabic(r)]
                    if not usable:
                        continue
                    index = rng.choice(usable)
                elif not is_arabic(text):
                    continue
                picked.append((name, rel, index or 0))
                seen[key] = seen.get(key, 0) + 1
                count[name] += 1
                break
    return picked


def fold_title(text):
    return ' '.join(re.sub(r'[^\w]', ' ', text or '').split())


def first_line(path, rel):
    for line in decode(path, rel).splitlines():
        if line.strip():
            return fold_title(line)
    return ''


def record_title(rel, rec_text):
    """The title of one record of a multi-record input (records() gives JSON text or joined cells)."""
    if rel.endswith('.json'):
        return fold_title(json.loads(rec_text).get('title'))
    return ''


def csv_rows(path, rel):
    rows = list(csv.reader(io.StringIO(decode(path, rel))))
    if rows and rows[0] and rows[0][0] == 'Category':
        rows = rows[1:]
    return rows


def csv_title(rel, row):
    # Aljazeera: Category,Title,Link,Text; CNN Arabic: title,label,date,category,url,text
    return fold_title(row[1] if 'Aljazeera' in rel else row[0]) if row else ''


def fourth_key(rel, hosts, record=None, recs=None, split_source=None):
    parts = rel.split(os.sep)
    top = parts[0]
    if top == 'chardet-encodings':
        return top + ':' + os.path.splitext(parts[-1])[0]
    if top == 'commoncrawl-arcore':  # text/ and xml/ copies of one page share the host
        return site_key(rel, hosts)
    if top == 'saudinewsnet' and record is None:
        return top + ':' + (split_source or 'split')
    key = site_key(rel, hosts, record, recs)
    if top == 'nahla-scraper' and rel.endswith('.csv'):
        return key + ':csv'
    return key


def format_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == 'chardet-encodings':
        return parts[1]
    return os.path.splitext(rel)[1].lstrip('.') or 'txt'


def fourth_draw(corpus, draw=FOURTH, own=from_draw('blind4-'), also=()):
    """The fourth draw, or a later one with its settings and label prefixes (see the docstring):
    unlabelled sites first, formats spread in each folder. `also`: (folder, rel, record) of
    another draw, excluded as if labelled."""
    rng = random.Random(draw['seed'])
    # its own and later draws' labels are left out, so that the draw stays the same once they exist
    _, labelled = labelled_files(with_paths=True, ignore=own)
    labelled = labelled + [(os.path.realpath(os.path.join(corpus, rel)), record) for _, rel, record in also]
    hosts = url_hosts(corpus)
    snn = os.path.join(corpus, 'saudinewsnet', 'json')
    snn_records = {}  # rel -> records() of each SaudiNewsNet JSON file
    source_of_title = {}  # folded title -> newspaper, from the SaudiNewsNet JSON records
    for path in sorted(glob.glob(os.path.join(snn, '*.json'))):
        rel = os.path.relpath(path, corpus)
        snn_records[rel] = records(path, rel, decode(path, rel))
        for r in snn_records[rel]:
            obj = json.loads(r)
            source_of_title.setdefault(fold_title(obj.get('title')), obj.get('source'))
    taken_files, taken_records, taken_titles, taken_pages, taken_texts = set(), set(), set(), set(), set()
    seen = {}
    for path, record in labelled:
        rel = os.path.relpath(path, corpus)
        top, stem = rel.split(os.sep)[0], os.path.splitext(os.path.basename(rel))[0]
        recs, split_source = None, None
        if rel in snn_records:
            recs = snn_records[rel]
            taken_records.add((rel, record))
            taken_titles.add(record_title(rel, recs[record]))
        elif rel.endswith('.csv'):
            taken_records.add((rel, record))
            taken_titles.add(csv_title(rel, csv_rows(path, rel)[record]))
        else:
            taken_files.add(rel)
            taken_titles.add(first_line(path, rel))
            if top == 'saudinewsnet':
                split_source = source_of_title.get(first_line(path, rel))
        if top == 'commoncrawl-arcore':
            taken_pages.add(stem)
        if top == 'chardet-encodings':
            taken_texts.add(stem)
        key = fourth_key(rel, hosts, record if recs else None, recs, split_source)
        seen[key] = seen.get(key, 0) + 1
    taken_titles.discard('')
    folders = {}
    for top in draw['folders']:
        for dirpath, dirnames, filenames in os.walk(os.path.join(corpus, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, corpus)
                stem = os.path.splitext(name)[0]
                if not name.endswith(INPUT_EXTENSIONS) or name.startswith('metadata__') or rel in taken_files:
                    continue
                if (top == 'commoncrawl-arcore' and stem in taken_pages) or \
                        (top == 'chardet-encodings' and stem in taken_texts):
                    continue
                if rel in snn_records:
                    for i, r in enumerate(snn_records[rel]):
                        if (rel, i) not in taken_records and record_title(rel, r) not in taken_titles:
                            folders.setdefault(top, []).append(
                                (rel, i, fourth_key(rel, hosts, i, snn_records[rel]), format_of(rel)))
                    continue
                if rel.endswith('.csv'):
                    for i, row in enumerate(csv_rows(path, rel)):
                        if (rel, i) not in taken_records and csv_title(rel, row) not in taken_titles:
                            folders.setdefault(top, []).append((rel, i, fourth_key(rel, hosts), format_of(rel)))
                    continue
                title = first_line(path, rel)
                if top in ('saudinewsnet', 'nahla-scraper') and title in taken_titles:
                    continue
                split_source = source_of_title.get(title) if top == 'saudinewsnet' else None
                folders.setdefault(top, []).append(
                    (rel, None, fourth_key(rel, hosts, split_source=split_source), format_of(rel)))
    order = sorted(folders)
    rng.shuffle(order)
    picked = []
    count = {name: 0 for name in order}
    formats = {}  # (folder, format) -> draws so far
    drawn_pages = set()  # ArCORE page stems and chardet texts drawn in this draw
    while len(picked) < draw['count'] and any(folders[n] and count[n] < draw['per_folder'] for n in order):
        rank = {n: min((seen.get(c[2], 0) for c in folders[n]), default=0) for n in order}
        for name in sorted(order, key=lambda n: rank[n]):
            if len(picked) == draw['count']:
                break
            while folders[name] and count[name] < draw['per_folder']:
                best = min((seen.get(c[2], 0), formats.get((name, c[3]), 0)) for c in folders[name])
                pool = [c for c in folders[name] if (seen.get(c[2], 0), formats.get((name, c[3]), 0)) == best]
                cand = rng.choice(pool)
                folders[name].remove(cand)
                rel, index, key, fmt = cand
                stem = os.path.splitext(os.path.basename(rel))[0]
                if name in ('commoncrawl-arcore', 'chardet-encodings') and stem in drawn_pages:
                    continue
                if index is not None:
                    text = snn_records[rel][index] if rel in snn_records else \
                        ' '.join(csv_rows(os.path.join(corpus, rel), rel)[index])
                else:
                    text = decode(os.path.join(corpus, rel), rel)
                if not is_arabic(text):
                    continue
                picked.append((name, rel, index or 0))
                seen[key] = seen.get(key, 0) + 1
                formats[(name, fmt)] = formats.get((name, fmt), 0) + 1
                if name in ('commoncrawl-arcore', 'chardet-encodings'):
                    drawn_pages.add(stem)
                count[name] += 1
                break
    return picked


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default=os.path.join(SOURCE, '..', 'shared', 'corpus'))
    ap.add_argument('--second', action='store_true', help='the second draw (seed 20261129, 15, 2 per folder)')
    ap.add_argument('--third', action='store_true', help='the third draw (seed 20261203, 25, 3 per folder, '
                    'least-labelled sites first)')
    ap.add_argument('--fourth', action='store_true', help='the fourth draw (seed 20261204, 30, 3 per folder, '
                    'unlabelled sites first, formats spread)')
    ap.add_argument('--fifth', action='store_true', help='the fifth draw (seed 20261205, 27, 3 per folder, '
                    'as the fourth)')
    ap.add_argument('--sixth', action='store_true', help='the sixth draw (seed 20261206, 27, as the fifth)')
    ap.add_argument('--seventh', action='store_true', help='the seventh draw (seed 20261207, 27, as the '
                    'fifth, the sixth draw left out): the sealed sample')
    ap.add_argument('--eighth', action='store_true', help='the eighth draw (seed 20261208, 27, as the fifth, '
                    'every label so far left out): the second sealed sample of session 7')
    ap.add_argument('--ninth', action='store_true', help='the ninth draw (seed 20261209, 27, as the eighth): '
                    'sealed for the next session')
    ap.add_argument('--tenth', action='store_true', help='the tenth draw (seed 20261210, 27, as the ninth): '
                    'sealed until the session\'s rules are merged')
    ap.add_argument('--eleventh', action='store_true', help='the eleventh draw (seed 20261211, 27, as the '
                    'tenth): sealed until the session\'s rules are merged')
    ap.add_argument('--twelfth', action='store_true', help='the twelfth draw (seed 20261212, 27, as the '
                    'eleventh): sealed until the session\'s rules are merged')
    ap.add_argument('--thirteenth', action='store_true', help='the thirteenth draw (seed 20261213, 27, as '
                    'the twelfth): sealed until the session\'s rules are merged')
    ap.add_argument('--fourteenth', action='store_true', help='the fourteenth draw (seed 20261214, 27, as '
                    'the thirteenth): sealed until the session\'s rules are merged')
    ap.add_argument('--fifteenth', action='store_true', help='the fifteenth draw (seed 20261215, 27, as '
                    'the fourteenth): scored once at the session-start rules')
    ap.add_argument('--sixteenth', action='store_true', help='the sixteenth draw (seed 20261216, 27, as '
                    'the fifteenth): sealed until the session\'s rules are merged')
    ap.add_argument('--seventeenth', action='store_true', help='the seventeenth draw (seed 20261217, 27, as '
                    'the sixteenth): scored once at the session\'s final rules')
    ap.add_argument('--eighteenth', action='store_true', help='the eighteenth draw (seed 20261218, 27, as '
                    'the seventeenth): scored once at the session-start rules')
    ap.add_argument('--nineteenth', action='store_true', help='the nineteenth draw (seed 20261219, 27, as '
                    'the eighteenth): sealed until the session\'s final rules')
    ap.add_argument('--twentieth', action='store_true', help='the twentieth draw (seed 20261220, 27, as '
                    'the nineteenth): scored once at the session-start rules')
    ap.add_argument('--twenty-first', action='store_true', help='the twenty-first draw (seed 20261221, 27, '
                    'as the twentieth): sealed until the session\'s final rules')
    ap.add_argument('--twenty-second', action='store_true', help='the twenty-second draw (seed 20261222, 27, '
                    'as the twenty-first): scored once at the session-start rules')
    ap.add_argument('--twenty-third', action='store_true', help='the twenty-third draw (seed 20261223, 27, '
                    'as the twenty-second): sealed until the session\'s final rules')
    ap.add_argument('--twenty-fourth', action='store_true', help='the twenty-fourth draw (seed 20261224, 27, '
                    'as the twenty-third): scored once at the session-start rules')
    ap.add_argument('--twenty-fifth', action='store_true', help='the twenty-fifth draw (seed 20261225, 27, '
                    'as the twenty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--twenty-sixth', action='store_true', help='the twenty-sixth draw (seed 20261226, 27, '
                    'as the twenty-fifth): scored once at the session-start rules')
    ap.add_argument('--twenty-seventh', action='store_true', help='the twenty-seventh draw (seed 20261227, 27, '
                    'as the twenty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--twenty-eighth', action='store_true', help='the twenty-eighth draw (seed 20261228, 27, '
                    'as the twenty-seventh): scored once at the session-start rules')
    ap.add_argument('--twenty-ninth', action='store_true', help='the twenty-ninth draw (seed 20261229, 27, '
                    'as the twenty-eighth): sealed until the session\'s final rules')
    ap.add_argument('--thirtieth', action='store_true', help='the thirtieth draw (seed 20261230, 27, '
                    'as the twenty-ninth): scored once at the session-start rules')
    ap.add_argument('--thirty-first', action='store_true', help='the thirty-first draw (seed 20261231, 27, '
                    'as the thirtieth): sealed until the session\'s final rules')
    ap.add_argument('--thirty-second', action='store_true', help='the thirty-second draw (seed 20261232, 27, '
                    'as the thirty-first): scored once at the session-start rules')
    ap.add_argument('--thirty-third', action='store_true', help='the thirty-third draw (seed 20261233, 27, '
                    'as the thirty-second): sealed until the session\'s final rules')
    ap.add_argument('--thirty-fourth', action='store_true', help='the thirty-fourth draw (seed 20261234, 27, '
                    'as the thirty-third): scored once at the session-start rules')
    ap.add_argument('--thirty-fifth', action='store_true', help='the thirty-fifth draw (seed 20261235, 27, '
                    'as the thirty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--thirty-sixth', action='store_true', help='the thirty-sixth draw (seed 20261236, 27, '
                    'as the thirty-fifth): scored once at the session-start rules')
    ap.add_argument('--thirty-seventh', action='store_true', help='the thirty-seventh draw (seed 20261237, 27, '
                    'as the thirty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--thirty-eighth', action='store_true', help='the thirty-eighth draw (seed 20261238, 27, '
                    'as the thirty-seventh): scored once at the session-start rules')
    ap.add_argument('--thirty-ninth', action='store_true', help='the thirty-ninth draw (seed 20261239, 27, '
                    'as the thirty-eighth): sealed until the session\'s final rules')
    ap.add_argument('--fortieth', action='store_true', help='the fortieth draw (seed 20261240, 27, '
                    'as the thirty-ninth): scored once at the rules of its moment')
    ap.add_argument('--forty-first', action='store_true', help='the forty-first draw (seed 20261241, 27, '
                    'as the fortieth): sealed until the session\'s final rules')
    ap.add_argument('--forty-second', action='store_true', help='the forty-second draw (seed 20261242, 27, '
                    'as the forty-first): scored once at the session-start rules')
    ap.add_argument('--forty-third', action='store_true', help='the forty-third draw (seed 20261243, 27, '
                    'as the forty-second): sealed until the session\'s final rules')
    ap.add_argument('--forty-fourth', action='store_true', help='the forty-fourth draw (seed 20261244, 27, '
                    'as the forty-third): scored once at the rules of its moment')
    ap.add_argument('--forty-fifth', action='store_true', help='the forty-fifth draw (seed 20261245, 27, '
                    'as the forty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--forty-sixth', action='store_true', help='the forty-sixth draw (seed 20261246, 27, '
                    'as the forty-fifth): scored once at the session-start rules')
    ap.add_argument('--forty-seventh', action='store_true', help='the forty-seventh draw (seed 20261247, 27, '
                    'as the forty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--forty-eighth', action='store_true', help='the forty-eighth draw (seed 20261248, 27, '
                    'as the forty-seventh): scored once at the rules of its moment')
    ap.add_argument('--forty-ninth', action='store_true', help='the forty-ninth draw (seed 20261249, 27, '
                    'as the forty-eighth): sealed until the session\'s final rules')
    ap.add_argument('--fiftieth', action='store_true', help='the fiftieth draw (seed 20261250, 27, '
                    'as the forty-ninth): scored once at the session-start rules')
    ap.add_argument('--fifty-first', action='store_true', help='the fifty-first draw (seed 20261251, 27, '
                    'as the fiftieth): sealed until the session\'s final rules')
    ap.add_argument('--fifty-second', action='store_true', help='the fifty-second draw (seed 20261252, 27, '
                    'as the fifty-first): scored once at the rules of its moment')
    ap.add_argument('--fifty-third', action='store_true', help='the fifty-third draw (seed 20261253, 27, '
                    'as the fifty-second): sealed until the session\'s final rules')
    ap.add_argument('--fifty-fourth', action='store_true', help='the fifty-fourth draw (seed 20261254, 27, '
                    'as the fifty-third): scored once at the rules of its moment')
    ap.add_argument('--fifty-fifth', action='store_true', help='the fifty-fifth draw (seed 20261255, 27, '
                    'as the fifty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--fifty-sixth', action='store_true', help='the fifty-sixth draw (seed 20261256, 27, '
                    'as the fifty-fifth): scored once at the session-start rules')
    ap.add_argument('--fifty-seventh', action='store_true', help='the fifty-seventh draw (seed 20261257, 27, '
                    'as the fifty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--fifty-eighth', action='store_true', help='the fifty-eighth draw (seed 20261258, 27, '
                    'as the fifty-seventh): scored once at the rules of its moment')
    ap.add_argument('--fifty-ninth', action='store_true', help='the fifty-ninth draw (seed 20261259, 27, '
                    'as the fifty-eighth): sealed until the session\'s final rules')
    ap.add_argument('--sixtieth', action='store_true', help='the sixtieth draw (seed 20261260, 27, '
                    'as the fifty-ninth): scored once at the rules of its moment')
    ap.add_argument('--sixty-first', action='store_true', help='the sixty-first draw (seed 20261261, 27, '
                    'as the sixtieth): sealed until the session\'s final rules')
    ap.add_argument('--sixty-second', action='store_true', help='the sixty-second draw (seed 20261262, 27, '
                    'as the sixty-first): scored once at the rules of its moment')
    ap.add_argument('--sixty-third', action='store_true', help='the sixty-third draw (seed 20261263, 27, '
                    'as the sixty-second): sealed until the session\'s final rules')
    ap.add_argument('--sixty-fourth', action='store_true', help='the sixty-fourth draw (seed 20261264, 27, '
                    'as the sixty-third): scored once at the rules of its moment')
    ap.add_argument('--sixty-fifth', action='store_true', help='the sixty-fifth draw (seed 20261265, 27, '
                    'as the sixty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--sixty-sixth', action='store_true', help='the sixty-sixth draw (seed 20261266, 27, '
                    'as the sixty-fifth): scored once at the rules of its moment')
    ap.add_argument('--sixty-seventh', action='store_true', help='the sixty-seventh draw (seed 20261267, 27, '
                    'as the sixty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--sixty-eighth', action='store_true', help='the sixty-eighth draw (seed 20261268, 27, '
                    'as the sixty-seventh): scored once at the rules of its moment')
    ap.add_argument('--sixty-ninth', action='store_true', help='the sixty-ninth draw (seed 20261269, 27, '
                    'as the sixty-eighth): sealed until the session\'s final rules')
    ap.add_argument('--seventieth', action='store_true', help='the seventieth draw (seed 20261270, 27, '
                    'as the sixty-ninth): scored once at the rules of its moment')
    ap.add_argument('--seventy-first', action='store_true', help='the seventy-first draw (seed 20261271, 27, '
                    'as the seventieth): sealed until the session\'s final rules')
    ap.add_argument('--seventy-second', action='store_true', help='the seventy-second draw (seed 20261272, 27, '
                    'as the seventy-first): scored once at the rules of its moment')
    ap.add_argument('--seventy-third', action='store_true', help='the seventy-third draw (seed 20261273, 27, '
                    'as the seventy-second): sealed until the session\'s final rules')
    ap.add_argument('--seventy-fourth', action='store_true', help='the seventy-fourth draw (seed 20261274, 27, '
                    'as the seventy-third): scored once at the rules of its moment')
    ap.add_argument('--seventy-fifth', action='store_true', help='the seventy-fifth draw (seed 20261275, 27, '
                    'as the seventy-fourth): sealed until the session\'s final rules')
    ap.add_argument('--seventy-sixth', action='store_true', help='the seventy-sixth draw (seed 20261276, 27, '
                    'as the seventy-fifth): scored once at the rules of its moment')
    ap.add_argument('--seventy-seventh', action='store_true', help='the seventy-seventh draw (seed 20261277, 27, '
                    'as the seventy-sixth): sealed until the session\'s final rules')
    ap.add_argument('--seventy-eighth', action='store_true', help='the seventy-eighth draw (seed 20261278, 27, '
                    'as the seventy-seventh): scored once at the rules of its moment')
    ap.add_argument('--seventy-ninth', action='store_true', help='the seventy-ninth draw (seed 20261279, 27, '
                    'as the seventy-eighth): sealed until the session\'s final rules')
    ap.add_argument('--eightieth', action='store_true', help='the eightieth draw (seed 20261280, 27, '
                    'as the seventy-ninth): scored once at the rules of its moment')
    ap.add_argument('--eighty-first', action='store_true', help='the eighty-first draw (seed 20261281, 27, '
                    'as the eightieth): sealed until the session\'s final rules')
    ap.add_argument('--eighty-second', action='store_true', help='the eighty-second draw (seed 20261282, 27, '
                    'as the eighty-first): scored once at the rules of its moment')
    ap.add_argument('--eighty-third', action='store_true', help='the eighty-third draw (seed 20261283, 27, '
                    'as the eighty-second): sealed until the session\'s final rules')
    ap.add_argument('--eighty-fourth', action='store_true', help='the eighty-fourth draw (seed 20261284, 27, '
                    'as the eighty-third): scored once at the rules of its moment')
    ap.add_argument('--eighty-fifth', action='store_true', help='the eighty-fifth draw (seed 20261285, 27, '
                    'as the eighty-fourth): sealed until the session\'s final rules')
    ap.add_argument('--eighty-sixth', action='store_true', help='the eighty-sixth draw (seed 20261286, 27, '
                    'as the eighty-fifth): scored once at the rules of its moment')
    ap.add_argument('--eighty-seventh', action='store_true', help='the eighty-seventh draw (seed 20261287, 27, '
                    'as the eighty-sixth): sealed until the session\'s final rules')
    ap.add_argument('--eighty-eighth', action='store_true', help='the eighty-eighth draw (seed 20261288, 27, '
                    'as the eighty-seventh): scored once at the rules of its moment')
    ap.add_argument('--eighty-ninth', action='store_true', help='the eighty-ninth draw (seed 20261289, 27, '
                    'as the eighty-eighth): sealed until the session\'s final rules')
    args = ap.parse_args()
    corpus = os.path.realpath(args.corpus)
    def emit(picked, wanted):
        for name, rel, index in picked:
            print(f'{name}\t{rel}\t{index}')
        return 0 if len(picked) == wanted else 1

    for wanted, draw, own in ((args.eighth, EIGHTH, 'blind8-'), (args.ninth, NINTH, 'blind9-'),
                              (args.tenth, TENTH, 'blind10-'), (args.eleventh, ELEVENTH, 'blind11-'),
                              (args.twelfth, TWELFTH, 'blind12-'),
                              (args.thirteenth, THIRTEENTH, 'blind13-'),
                              (args.fourteenth, FOURTEENTH, 'blind14-'),
                              (args.fifteenth, FIFTEENTH, 'blind15-'),
                              (args.sixteenth, SIXTEENTH, 'blind16-'),
                              (args.seventeenth, SEVENTEENTH, 'blind17-'),
                              (args.eighteenth, EIGHTEENTH, 'blind18-'),
                              (args.twentieth, TWENTIETH, 'blind20-'),
                              (args.twenty_second, TWENTY_SECOND, 'blind22-'),
                              (args.twenty_fourth, TWENTY_FOURTH, 'blind24-'),
                              (args.twenty_sixth, TWENTY_SIXTH, 'blind26-'),
                              (args.twenty_eighth, TWENTY_EIGHTH, 'blind28-'),
                              (args.thirtieth, THIRTIETH, 'blind30-'),
                              (args.thirty_second, THIRTY_SECOND, 'blind32-'),
                              (args.thirty_fourth, THIRTY_FOURTH, 'blind34-'),
                              (args.thirty_sixth, THIRTY_SIXTH, 'blind36-'),
                              (args.thirty_eighth, THIRTY_EIGHTH, 'blind38-'),
                              (args.fortieth, FORTIETH, 'blind40-'),
                              (args.forty_second, FORTY_SECOND, 'blind42-'),
                              (args.forty_fourth, FORTY_FOURTH, 'blind44-'),
                              (args.forty_sixth, FORTY_SIXTH, 'blind46-'),
                              (args.forty_eighth, FORTY_EIGHTH, 'blind48-'),
                              (args.fiftieth, FIFTIETH, 'blind50-'),
                              (args.fifty_second, FIFTY_SECOND, 'blind52-'),
                              (args.fifty_fourth, FIFTY_FOURTH, 'blind54-'),
                              (args.fifty_sixth, FIFTY_SIXTH, 'blind56-'),
                              (args.fifty_eighth, FIFTY_EIGHTH, 'blind58-'),
                              (args.sixtieth, SIXTIETH, 'blind60-'),
                              (args.sixty_second, SIXTY_SECOND, 'blind62-'),
                              (args.sixty_fourth, SIXTY_FOURTH, 'blind64-'),
                              (args.sixty_sixth, SIXTY_SIXTH, 'blind66-'),
                              (args.sixty_eighth, SIXTY_EIGHTH, 'blind68-'),
                              (args.seventieth, SEVENTIETH, 'blind70-'),
                              (args.seventy_second, SEVENTY_SECOND, 'blind72-'),
                              (args.seventy_fourth, SEVENTY_FOURTH, 'blind74-'),
                              (args.seventy_sixth, SEVENTY_SIXTH, 'blind76-'),
                              (args.seventy_eighth, SEVENTY_EIGHTH, 'blind78-'),
                              (args.eightieth, EIGHTIETH, 'blind80-'),
                              (args.eighty_second, EIGHTY_SECOND, 'blind82-'),
                              (args.eighty_fourth, EIGHTY_FOURTH, 'blind84-'),
                              (args.eighty_sixth, EIGHTY_SIXTH, 'blind86-'),
                              (args.eighty_eighth, EIGHTY_EIGHTH, 'blind88-')):
        if wanted:
            return emit(fourth_draw(corpus, draw, from_draw(own)), draw['count'])
    # The second draw of each pair, drawn with the first: it leaves out both samples' labels and the first's inputs
    # (the nineteenth with the eighteenth, as the seventh with the sixth).
    for wanted, first, second, own in (
        (args.nineteenth, EIGHTEENTH, NINETEENTH, 'blind18-'),
        (args.twenty_first, TWENTIETH, TWENTY_FIRST, 'blind20-'),
        (args.twenty_third, TWENTY_SECOND, TWENTY_THIRD, 'blind22-'),
        (args.twenty_fifth, TWENTY_FOURTH, TWENTY_FIFTH, 'blind24-'),
        (args.twenty_seventh, TWENTY_SIXTH, TWENTY_SEVENTH, 'blind26-'),
        (args.twenty_ninth, TWENTY_EIGHTH, TWENTY_NINTH, 'blind28-'),
        (args.thirty_first, THIRTIETH, THIRTY_FIRST, 'blind30-'),
        (args.thirty_third, THIRTY_SECOND, THIRTY_THIRD, 'blind32-'),
        (args.thirty_fifth, THIRTY_FOURTH, THIRTY_FIFTH, 'blind34-'),
        (args.thirty_seventh, THIRTY_SIXTH, THIRTY_SEVENTH, 'blind36-'),
        (args.thirty_ninth, THIRTY_EIGHTH, THIRTY_NINTH, 'blind38-'),
        (args.forty_first, FORTIETH, FORTY_FIRST, 'blind40-'),
        (args.forty_third, FORTY_SECOND, FORTY_THIRD, 'blind42-'),
        (args.forty_fifth, FORTY_FOURTH, FORTY_FIFTH, 'blind44-'),
        (args.forty_seventh, FORTY_SIXTH, FORTY_SEVENTH, 'blind46-'),
        (args.forty_ninth, FORTY_EIGHTH, FORTY_NINTH, 'blind48-'),
        (args.fifty_first, FIFTIETH, FIFTY_FIRST, 'blind50-'),
        (args.fifty_third, FIFTY_SECOND, FIFTY_THIRD, 'blind52-'),
        (args.fifty_fifth, FIFTY_FOURTH, FIFTY_FIFTH, 'blind54-'),
        (args.fifty_seventh, FIFTY_SIXTH, FIFTY_SEVENTH, 'blind56-'),
        (args.fifty_ninth, FIFTY_EIGHTH, FIFTY_NINTH, 'blind58-'),
        (args.sixty_first, SIXTIETH, SIXTY_FIRST, 'blind60-'),
        (args.sixty_third, SIXTY_SECOND, SIXTY_THIRD, 'blind62-'),
        (args.sixty_fifth, SIXTY_FOURTH, SIXTY_FIFTH, 'blind64-'),
        (args.sixty_seventh, SIXTY_SIXTH, SIXTY_SEVENTH, 'blind66-'),
        (args.sixty_ninth, SIXTY_EIGHTH, SIXTY_NINTH, 'blind68-'),
        (args.seventy_first, SEVENTIETH, SEVENTY_FIRST, 'blind70-'),
        (args.seventy_third, SEVENTY_SECOND, SEVENTY_THIRD, 'blind72-'),
        (args.seventy_fifth, SEVENTY_FOURTH, SEVENTY_FIFTH, 'blind74-'),
        (args.seventy_seventh, SEVENTY_SIXTH, SEVENTY_SEVENTH, 'blind76-'),
        (args.seventy_ninth, SEVENTY_EIGHTH, SEVENTY_NINTH, 'blind78-'),
        (args.eighty_first, EIGHTIETH, EIGHTY_FIRST, 'blind80-'),
        (args.eighty_third, EIGHTY_SECOND, EIGHTY_THIRD, 'blind82-'),
        (args.eighty_fifth, EIGHTY_FOURTH, EIGHTY_FIFTH, 'blind84-'),
        (args.eighty_seventh, EIGHTY_SIXTH, EIGHTY_SEVENTH, 'blind86-'),
        (args.eighty_ninth, EIGHTY_EIGHTH, EIGHTY_NINTH, 'blind88-'),):
        if wanted:
            return emit(fourth_draw(corpus, second, from_draw(own), also=fourth_draw(corpus, first, from_draw(own))),
                        second['count'])
    if args.fifth or args.sixth or args.seventh:
        together = from_draw('blind6-')  # drawn together: each leaves out both samples' labels
        if args.fifth:
            draw, picked = FIFTH, fourth_draw(corpus, FIFTH, from_draw('blind5-'))
        else:
            draw, picked = SIXTH, fourth_draw(corpus, SIXTH, together)
        if args.seventh:
            draw, picked = SEVENTH, fourth_draw(corpus, SEVENTH, together, also=picked)
        return emit(picked, draw['count'])
    if args.fourth:
        return emit(fourth_draw(corpus), FOURTH['count'])
    if args.third:
        return emit(third_draw(corpus), THIRD['count'])
    seed, count_wanted, per_folder = SEED, COUNT, PER_FOLDER
    if args.second:
        seed, count_wanted, per_folder = SECOND['seed'], SECOND['count'], SECOND['per_folder']
    rng = random.Random(seed)
    taken = labelled_files(ignore=from_draw('blind10-'))

    folders = {}
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, corpus)
            if os.sep not in rel or not name.endswith(INPUT_EXTENSIONS) or name.startswith('metadata__'):
                continue
            if os.path.realpath(path) in taken:
                continue
            folders.setdefault(rel.split(os.sep)[0], []).append(rel)
    order = sorted(folders)
    rng.shuffle(order)
    for name in order:
        rng.shuffle(folders[name])
        if args.second:
            # pop() takes from the end: multi-record files (.json/.csv) go first in the list so
            # that they are drawn only after the folder's single-article files
            folders[name].sort(key=lambda rel: not rel.endswith(('.json', '.csv')))

    picked = []
    count = {name: 0 for name in order}
    while len(picked) < count_wanted and any(folders[n] and count[n] < per_folder for n in order):
        for name in order:
            if len(picked) == count_wanted:
                break
            while folders[name] and count[name] < per_folder:
                rel = folders[name].pop()
                text = decode(os.path.join(corpus, rel), rel)
                recs = records(os.path.join(corpus, rel), rel, text)
                index = 0
                if recs is not None:
                    usable = [i for i, r in enumerate(recs) if is_arabic(r)]
                    if not usable:
                        continue
                    index = rng.choice(usable)
                elif not is_arabic(text):
                    continue
                picked.append((name, rel, index))
                count[name] += 1
                break
    return emit(picked, count_wanted)


if __name__ == '__main__':
    sys.exit(main())
