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

Ninetieth and ninety-first draws (--ninetieth, --ninety-first or --draw 90 and 91, session 29, issue 13 §3):
random.seed(20261290) and random.seed(20261291), 27 inputs each, as the eighty-ninth (every label so far excluded,
blind89-* included, up to 4 a folder), drawn together. Labelled during session 29 by helpers who did not change the
rules and did not run akhbar on the inputs. The ninetieth is scored once at the rules of that moment before any rule
changed; the ninety-first stays sealed until the session's final rules.

Ninety-second and ninety-third draws (--ninety-second, --ninety-third or --draw 92 and 93, session 29's second round,
issue 13 §3): random.seed(20261292) and random.seed(20261293), 27 inputs each, as the ninety-first (every label so far
excluded, blind91-* included, up to 4 a folder), drawn together. Labelled during session 29 by helpers who did not
change the rules and did not run akhbar on the inputs. The ninety-second is scored once at the rules of that moment
before any rule changed; the ninety-third stays sealed until the session's final rules.

Ninety-fourth and ninety-fifth draws (--ninety-fourth, --ninety-fifth or --draw 94 and 95, session 29's third round,
issue 13 §3): random.seed(20261294) and random.seed(20261295), 27 inputs each, as the ninety-third (every label so far
excluded, blind93-* included, up to 4 a folder), drawn together. Labelled during session 29 by helpers who did not
change the rules and did not run akhbar on the inputs. The ninety-fourth is scored once at the rules of that moment
before any rule changed; the ninety-fifth stays sealed until the session's final rules.

Ninety-sixth and ninety-seventh draws (--ninety-sixth, --ninety-seventh or --draw 96 and 97, session 30, issue 13 §3):
random.seed(20261296) and random.seed(20261297), 27 inputs each, as the ninety-fifth (every label so far excluded,
blind95-* included, up to 4 a folder), drawn together. Labelled during session 30 by helpers who did not change the
rules and did not run akhbar on the inputs. The ninety-sixth is scored once at the rules of that moment before any rule
changed; the ninety-seventh stays sealed until the session's final rules.

Ninety-eighth and ninety-ninth draws (--ninety-eighth, --ninety-ninth or --draw 98 and 99, session 30's second round,
issue 13 §3): random.seed(20261298) and random.seed(20261299), 27 inputs each, as the ninety-seventh (every label so far
excluded, blind97-* included, up to 4 a folder), drawn together. Labelled during session 30 by helpers who did not
change the rules and did not run akhbar on the inputs. The ninety-eighth is scored once at the rules of that moment
before any rule changed; the ninety-ninth stays sealed until the session's final rules.

Hundredth and hundred-and-first draws (--hundredth, --hundred-and-first or --draw 100 and 101, session 30's third
round, issue 13 §3): random.seed(20261300) and random.seed(20261301), 27 inputs each, as the ninety-ninth (every label
so far excluded, blind99-* included, up to 4 a folder), drawn together. Labelled during session 30 by helpers who did
not change the rules and did not run akhbar on the inputs. The hundredth is scored once at the rules of that moment
before any rule changed; the hundred-and-first stays sealed until the session's final rules.

From the fifth draw on, a draw's settings are draw_settings(n) and a draw is the second of a pair when paired(n):
a new draw is LAST_DRAW raised by one and a paragraph here.

Each draw leaves out its own labels and those of the draws after it (LABEL_PREFIXES, in the order
of the draws), so that a draw stays the same once later samples are labelled: the third to the
hundred-and-first reproduce their blindN-draw.txt. The first two draws came before dev-set labels that
cannot be told apart now; they print what they printed when the tenth was drawn (labels from the
tenth on left out).

Usage: blind_sample.py [--corpus DIR] [--second | --third | --fourth | --fifth | ... | --hundred-and-first | --draw N]
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
LAST_DRAW = 101  # the latest draw: a new draw raises it and adds its paragraph to the docstring
FIRST_PAIRED = 18  # from the eighteenth on, the draws come in pairs (the seventh came with the sixth)


def draw_settings(n):
    """The nth draw's settings, the fifth on: the fourth's procedure, 27 inputs, seed 20261200 + n; up to 4 a
    folder from the forty-second on (three sites were used up: 4 a folder keeps 27)."""
    return dict(FOURTH, seed=20261200 + n, count=27, per_folder=3 if n < 42 else 4)


def paired(n):
    """Whether the nth draw is the second of a pair, drawn with the (n-1)th: it leaves out both samples' labels
    and the first's inputs."""
    return n == 7 or (n > FIRST_PAIRED and n % 2 == 1)


# label-name prefixes of the draws' samples, in the order drawn: a draw leaves out its own and later ones
LABEL_PREFIXES = ('blind-',) + tuple(f'blind{n}-' for n in range(2, LAST_DRAW + 1))
ARABIC = re.compile('[\u0621-\u064a]')
CHARDET_CODECS = {'cp720-arabic': 'cp720', 'iso-8859-6-arabic': 'iso-8859-6', 'utf-16-arabic': 'utf-16',
                  'utf-16be-arabic': 'utf-16-be', 'utf-16le-arabic': 'utf-16-le', 'utf-32-arabic': 'utf-32',
                  'utf-32be-arabic': 'utf-32-be', 'utf-32le-arabic': 'utf-32-le',
                  'utf-8-arabic': 'utf-8', 'windows-1256-arabic': 'cp1256'}
INPUT_EXTENSIONS = ('.txt', '.html', '.xml', '.json', '.csv')


ONES = ('', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth')
TEENS = ('tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
         'eighteenth', 'nineteenth')
TENS = ('', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet')


def ordinal(n):
    """The English ordinal word of 1 <= n <= 199, as the draws' flags spell it ('twenty-first', 'fortieth',
    'hundredth', 'hundred-and-first')."""
    if n >= 100:
        return 'hundredth' if n == 100 else 'hundred-and-' + ordinal(n - 100)
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ('ieth' if not ones else 'y-' + ONES[ones])


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
    for n in range(5, LAST_DRAW + 1):
        ap.add_argument(f'--{ordinal(n)}', dest='draw', action='store_const', const=n,
                        help=f'the {ordinal(n)} draw (seed {20261200 + n}' + (f', drawn with the {ordinal(n - 1)})'
                                                                              if paired(n) else ')'))
    ap.add_argument('--draw', type=int, metavar='N', help='the Nth draw (5 to LAST_DRAW), as its --ORDINAL flag')
    args = ap.parse_args()
    corpus = os.path.realpath(args.corpus)
    def emit(picked, wanted):
        for name, rel, index in picked:
            print(f'{name}\t{rel}\t{index}')
        return 0 if len(picked) == wanted else 1

    n = args.draw
    if n is not None:
        if not 5 <= n <= LAST_DRAW:
            ap.error(f'--draw {n}: the draws run from 5 to {LAST_DRAW}')
        if paired(n):
            own = from_draw(f'blind{n - 1}-')
            first = fourth_draw(corpus, draw_settings(n - 1), own)
            return emit(fourth_draw(corpus, draw_settings(n), own, also=first), 27)
        return emit(fourth_draw(corpus, draw_settings(n), from_draw(f'blind{n}-')), 27)
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
