"""The loader through `akhbar parse`: exit codes, stderr lines, inputs of every kind."""
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

ARTICLE = 'القاهرة - قال مسؤول مصري اليوم إن الاجتماع انتهى دون اتفاق على موعد الجولة المقبلة.\n'


def data(ctx, name):
    return os.path.join(ctx.source, 'tests', 'data', 'loader', name)


def write(ctx, name, content, mode='w'):
    path = os.path.join(ctx.tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, **({'encoding': 'utf-8'} if mode == 'w' else {})) as f:
        f.write(content)
    return path


def records(r):
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def errors(r):
    return [line for line in r.stderr.splitlines() if line.startswith('akhbar: error:')]


def test_binary_file_skipped_others_parsed(ctx):
    good = write(ctx, 'good.txt', ARTICLE)
    png = data(ctx, 'image.png')
    r = ctx.run(['parse', png, good])
    assert r.returncode == 1, r.returncode
    assert f'akhbar: error: {png}: binary file, skipped' in r.stderr.splitlines(), r.stderr
    assert len(records(r)) == 1


def test_empty_file_is_a_warning(ctx):
    empty = write(ctx, 'empty.txt', '')
    good = write(ctx, 'good.txt', ARTICLE)
    r = ctx.run(['parse', empty, good])
    assert r.returncode == 0, r.stderr
    assert f'akhbar: warning: {empty}: empty file' in r.stderr.splitlines(), r.stderr
    assert len(records(r)) == 1


def test_missing_file(ctx):
    missing = os.path.join(ctx.tmp, 'nope.txt')
    good = write(ctx, 'good.txt', ARTICLE)
    r = ctx.run(['parse', missing, good])
    assert r.returncode == 1
    assert errors(r) == [f'akhbar: error: {missing}: cannot open: No such file or directory'], r.stderr
    assert len(records(r)) == 1


def test_malformed_jsonl_line_names_the_line(ctx):
    p = write(ctx, 'x.jsonl', '{"title": "أ", "content": "%s"}\n{"title": "ب", "content": \n{"title": "ج", "content": "%s"}\n'
              % (ARTICLE.strip(), ARTICLE.strip()))
    r = ctx.run(['parse', p])
    assert r.returncode == 1
    errs = errors(r)
    assert len(errs) == 1 and errs[0].startswith(f'akhbar: error: {p}:2: malformed JSON record: '), r.stderr
    recs = records(r)
    assert [rec['input']['record'] for rec in recs] == [0, 2], recs


def test_malformed_csv_and_trec_and_warc_records(ctx):
    for name, where in [('bad.csv', ':4: malformed CSV record: 2 fields, expected 3, skipped'),
                        ('malformed.trec', ':18: malformed TREC record: <DOC> without </DOC>, skipped'),
                        ('sample.wet', ': byte 573: malformed WARC record: expected a WARC/1.x header line, skipped')]:
        p = data(ctx, name)
        r = ctx.run(['parse', p])
        assert r.returncode == 1, (name, r.stderr)
        assert f'akhbar: error: {p}{where}' in r.stderr.splitlines(), r.stderr
        assert len(records(r)) == 2, (name, r.stdout)


def test_no_arabic_text_dropped_unless_keep_garbage(ctx):
    p = write(ctx, 'DZP1.txt', '?C? ???I ????? C??E?IE EC??\n')
    r = ctx.run(['parse', p])
    assert r.returncode == 0
    assert r.stderr.splitlines() == [f'akhbar: warning: {p}: no Arabic text'], r.stderr
    assert records(r) == []
    r = ctx.run(['parse', '--keep-garbage', p])
    assert r.returncode == 0
    assert len(records(r)) == 1


def test_record_over_the_size_limit(ctx):
    big = write(ctx, 'big.txt', ARTICLE * 100)
    good = write(ctx, 'good.txt', ARTICLE)
    r = ctx.run(['parse', '--max-record-size', '1K', big, good])
    assert r.returncode == 1
    size = len((ARTICLE * 100).encode())
    assert errors(r) == [f'akhbar: error: {big}: record of {size} bytes is over the size limit of 1024 bytes '
                         '(--max-record-size), skipped'], r.stderr
    assert len(records(r)) == 1


def test_gzip_on_standard_input(ctx):
    raw = open(data(ctx, 'sample.wet'), 'rb').read()
    r = ctx.run(['parse', '-'], stdin=gzip.compress(raw), binary=True)
    assert r.returncode == 1  # the sample has one malformed record
    lines = [json.loads(x) for x in r.stdout.decode().splitlines() if x.strip()]
    assert len(lines) == 2
    assert lines[0]['input']['path'] == '-'
    assert lines[0]['input']['url'] == 'http://a/1'


def test_files_from_with_spaces_and_arabic_names(ctx):
    a = write(ctx, 'مجلد فيه مسافة/خبر أول.txt', ARTICLE)
    b = write(ctx, 'b.txt', ARTICLE)
    lst = write(ctx, 'list.txt', f'{a}\n\n{b}\n')
    r = ctx.run(['parse', '--files-from', lst])
    assert r.returncode == 0, r.stderr
    assert [rec['input']['path'] for rec in records(r)] == [a, b]
    r = ctx.run(['parse', '--files-from', '-'], stdin=f'{b}\n')
    assert r.returncode == 0, r.stderr
    assert len(records(r)) == 1


def test_folder_walk_with_include_exclude(ctx):
    write(ctx, 'in/b.txt', ARTICLE)
    write(ctx, 'in/a/c.txt', ARTICLE)
    write(ctx, 'in/a/skip.md', ARTICLE)
    write(ctx, 'in/.hidden.txt', ARTICLE)
    folder = os.path.join(ctx.tmp, 'in')
    # Inputs first: CLI11's repeatable options would take a following path as one more value.
    r = ctx.run(['parse', folder, '--include', '*.txt'])
    assert r.returncode == 0, r.stderr
    assert [os.path.basename(rec['input']['path']) for rec in records(r)] == ['c.txt', 'b.txt']
    r = ctx.run(['parse', '--hidden', folder, '--exclude', 'a'])
    assert [os.path.basename(rec['input']['path']) for rec in records(r)] == ['.hidden.txt', 'b.txt']


def test_input_format_and_field_and_encoding(ctx):
    p = write(ctx, 'x.jsonl', '{"story": "%s", "content": "ليس هذا"}\n' % ARTICLE.strip())
    r = ctx.run(['parse', p, '--field', 'body=story'])
    assert r.returncode == 0, r.stderr
    assert 'الاجتماع' in r.stdout and 'ليس هذا' not in r.stdout
    r = ctx.run(['parse', '--input-format', 'text', p])
    assert r.returncode == 0
    assert records(r)[0]['input']['record'] == 0
    legacy = write(ctx, 'legacy.txt', ARTICLE.encode('cp1256'), mode='wb')
    r = ctx.run(['parse', legacy])
    assert records(r)[0]['input']['encoding'] == 'windows-1256', r.stdout
    r = ctx.run(['parse', '--encoding', 'iso-8859-6', legacy])
    assert records(r)[0]['input']['encoding'] == 'ISO-8859-6'
    r = ctx.run(['parse', '--encoding', 'klingon', legacy])
    assert r.returncode in (1, 2) and 'klingon' in r.stderr


def test_record_warnings_name_the_input(ctx):
    p = data(ctx, 'mojibake-1256.txt')
    r = ctx.run(['parse', p])
    assert r.returncode == 0, r.stderr
    assert (f'akhbar: warning: {p}: repaired mojibake: UTF-8 text that had been decoded as windows-1256'
            in r.stderr.splitlines()), r.stderr
    assert 'القاهرة' in r.stdout


def test_chardet_samples_parse(ctx):
    root = ctx.shared('corpus', 'chardet-encodings')
    r = ctx.run(['parse', root])
    assert r.returncode == 0, r.stderr
    recs = records(r)
    assert len(recs) >= 30
    assert {rec['input']['encoding'] for rec in recs} >= {'UTF-8', 'windows-1256', 'ISO-8859-6', 'CP720', 'UTF-16LE', 'UTF-16BE',
                                                          'UTF-32LE', 'UTF-32BE'}



def test_record_index_counts_articles_in_every_format(ctx):
    # input.record counts from 0 among a file's articles; a malformed record keeps its place, and
    # WARC's warcinfo record (first in sample.wet) does not count.
    for name in ['bad.jsonl', 'bad.csv', 'malformed.trec', 'sample.wet']:
        r = ctx.run(['parse', data(ctx, name)])
        recs = records(r)
        assert recs and recs[0]['input']['record'] == 0, (name, recs)
    r = ctx.run(['parse', data(ctx, 'sample.wet')])
    assert [rec['input']['record'] for rec in records(r)] == [0, 2], r.stdout


def test_html_page_in_windows_1256_declared_by_meta(ctx):
    p = data(ctx, 'page-1256.html')
    r = ctx.run(['parse', p])
    assert r.returncode == 0, r.stderr
    recs = records(r)
    assert len(recs) == 1
    assert recs[0]['input']['encoding'] == 'windows-1256'
    assert recs[0]['title'] == 'أخبار تونس', recs[0]


def test_headerless_csv_row_without_text_is_kept_with_a_warning(ctx):
    # The second row's text sits in the 4th column, the third row has none: kept with its title.
    p = write(ctx, 'x.csv', f'"عنوان أول",2024-04-13,"{ARTICLE.strip()}",\n'
              f'"عنوان ثان",2024-04-14,,"{ARTICLE.strip()}"\n'
              '"عنوان ثالث",2024-04-15,,\n')
    r = ctx.run(['parse', p])
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == [f'akhbar: warning: {p}:2: CSV row without text: no column holds its body'], r.stderr
    recs = records(r)
    assert [rec['title'] for rec in recs] == ['عنوان أول', 'عنوان ثان', 'عنوان ثالث'], recs
    assert [bool(rec['body']) for rec in recs] == [True, True, False], recs
    assert recs[2]['warnings'] == ['CSV row without text: no column holds its body'], recs[2]


def test_cnn_arabic_csv_rows_keep_their_text(ctx):
    # The header-less CNN Arabic scrape puts its text in the 6th column in some rows and in the 8th
    # in most (the fourth blind sample's row 566): every row's text is found.
    p = ctx.shared('corpus', 'nahla-scraper', 'csv', 'CNN-ARABIA_CNN-ARABIA-FINAL.csv')
    r = ctx.run(['parse', '--log', os.path.join(ctx.tmp, 'run.log'), p])
    assert r.returncode == 0, r.stderr
    recs = records(r)
    assert len(recs) == 741, len(recs)
    empty = [rec['input']['record'] for rec in recs if not rec['body']]
    assert len(empty) <= 3, empty
    with open(os.path.join(ctx.tmp, 'run.log'), encoding='utf-8') as f:
        kinds = [json.loads(line)['kind'] for line in f]
    assert 'empty-body' not in kinds, kinds
    row = next(rec for rec in recs if rec['input']['record'] == 566)
    assert row['title'] == 'أزياء برّاقة أضاءت السجادة الحمراء بحفل توزيع جوائز "الأوسكار"', row['title']
    assert any('أضاءت النجمات السجادة الحمراء في مسرح دولبي بهوليوود' in b['text'] for b in row['body']), row['body']


harness.main(globals())
