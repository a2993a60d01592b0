"""`akhbar normalize`: a streaming filter, line in, line out, any encoding, bounded memory."""
import gzip
import os
import resource
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

TEXT = ('قال الرئیس إن الکتاب\u00a0\u00a0 \ufef7\n'
        '\n'
        '  مـــصر \u200f٢٠٢٤  \n'
        'كَتَبَ للإسرائيليين 🎉\n')


def write(ctx, name, data, encoding='utf-8'):
    path = os.path.join(ctx.tmp, name)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def ok(r):
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert r.stderr == '', r.stderr
    return r.stdout


def test_display_form(ctx):
    out = ok(ctx.run(['normalize', write(ctx, 'a.txt', TEXT)]))
    assert out == ('قال الرئيس إن الكتاب لأ\n'
                   '\n'
                   'مصر ٢٠٢٤\n'
                   'كَتَبَ للإسرائيليين 🎉\n'), out


def test_search_form(ctx):
    out = ok(ctx.run(['normalize', '--form', 'search', write(ctx, 'a.txt', TEXT)]))
    assert out == 'قال الرييس ان الكتاب لا\n\nمصر 2024\nكتب للاسراييليين 🎉\n', out


def test_tokens_one_line_per_input_line(ctx):
    out = ok(ctx.run(['normalize', '--tokens', write(ctx, 'a.txt', TEXT)]))
    assert out == 'قال رييس ان كتاب لا\n\nمصر 2024\nكتب اسراييل\n', out


def test_tokens_meet(ctx):
    words = 'الإسرائيلي\nإسرائيل\nوإسرائيل\nللإسرائيليين\nبإسرائيل\nالانتخابات\nالإنتخابات\nوالانتخابات\n'
    out = ok(ctx.run(['normalize', '--tokens'], stdin=words)).splitlines()
    assert out == ['اسراييل'] * 5 + ['انتخاب'] * 3, out


def test_digits_ascii(ctx):
    out = ok(ctx.run(['normalize', '--digits', 'ascii'], stdin='سنة ٢٠٢٤ و۱۴۰۳ أحمد\n'))
    assert out == 'سنة 2024 و1403 أحمد\n', out


def test_stdin_and_dash(ctx):
    assert ok(ctx.run(['normalize'], stdin='  a  b \n')) == 'a b\n'
    assert ok(ctx.run(['normalize', '-'], stdin='  a  b \n')) == 'a b\n'


def test_line_count_kept_and_last_line_ended(ctx):
    data = '\n\n \u200f \nx\n\n\ny'
    out = ok(ctx.run(['normalize', write(ctx, 'a.txt', data)]))
    assert out == '\n\n\nx\n\n\ny\n', repr(out)


def test_crlf_input(ctx):
    out = ok(ctx.run(['normalize', write(ctx, 'a.txt', 'مصر\r\n\r\nاليوم\r\n')]))
    assert out == 'مصر\n\nاليوم\n', repr(out)


def test_windows_1256_input(ctx):
    text = 'قال مسؤول إن الاجتماع انتهى في القاهرة اليوم، وأضاف أن الوزراء ناقشوا الميزانية.\n' * 5
    out = ok(ctx.run(['normalize', write(ctx, 'a.txt', text, 'cp1256')]))
    assert out == text, out


def test_utf16_input(ctx):
    out = ok(ctx.run(['normalize', write(ctx, 'a.txt', '\ufeffمصر  اليوم\n', 'utf-16-le')]))
    assert out == 'مصر اليوم\n', repr(out)


def test_gzip_input(ctx):
    out = ok(ctx.run(['normalize', '--form', 'search', write(ctx, 'a.txt.gz', gzip.compress(TEXT.encode()))]))
    assert out.splitlines()[0] == 'قال الرييس ان الكتاب لا', out


def test_several_files_and_folders_in_order(ctx):
    folder = os.path.join(ctx.tmp, 'dir')
    os.makedirs(os.path.join(folder, 'sub'))
    write(ctx, 'dir/b.txt', 'ب\n')
    write(ctx, 'dir/a.txt', 'أ\n')
    write(ctx, 'dir/sub/c.txt', 'ج\n')
    write(ctx, 'dir/.hidden.txt', 'خفي\n')
    write(ctx, 'dir/skip.md', 'لا\n')
    first = write(ctx, 'first.txt', 'أول\n')
    # (paths first: CLI11 lets a repeatable option swallow the words after it)
    out = ok(ctx.run(['normalize', first, folder, '--form', 'search', '--exclude', '*.md']))
    assert out == 'اول\nا\nب\nج\n', out


def test_missing_file_reported_others_processed(ctx):
    good = write(ctx, 'good.txt', 'مصر\n')
    missing = os.path.join(ctx.tmp, 'missing.txt')
    r = ctx.run(['normalize', missing, good])
    assert r.returncode == 1, r.returncode
    assert r.stderr == f'akhbar: error: {missing}: cannot open: No such file or directory\n', r.stderr
    assert r.stdout == 'مصر\n', r.stdout


def test_usage_errors(ctx):
    for args in (['normalize', '--form', 'folded'], ['normalize', '--digits', 'roman'], ['normalize', '--nope']):
        r = ctx.run(args, stdin='')
        assert r.returncode == 2, (args, r.returncode)
        assert r.stderr.startswith('akhbar: error:') and len(r.stderr.splitlines()) == 1, r.stderr


def test_corpus_file_keeps_its_lines(ctx):
    path = ctx.shared('corpus', 'seed')
    files = sorted(os.path.join(path, f) for f in os.listdir(path))
    assert files, path
    for f in files:
        with open(f, encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        out = ok(ctx.run(['normalize', f]))
        assert out.count('\n') == len(lines), (f, out.count('\n'), len(lines))
        again = ok(ctx.run(['normalize'], stdin=out))
        assert again == out


def sanitized(ctx):
    r = subprocess.run(['ldd', ctx.akhbar], capture_output=True, text=True)
    return 'libasan' in r.stdout


def test_large_input_streams_in_bounded_memory(ctx):
    line = 'قال الرئیس إن الکتاب\u00a0ﻷ مـــصر ٢٠٢٤ كَتَبَ للإسرائيليين 🎉 Apple\n'.encode()
    path = os.path.join(ctx.tmp, 'big.txt')
    with open(path, 'wb') as f:
        for _ in range(60):
            f.write(line * 10000)  # 60 × ~1 MB
    size = os.path.getsize(path)
    with open(os.devnull, 'wb') as sink:
        r = subprocess.run([ctx.akhbar, 'normalize', '--form', 'search', path], stdout=sink,
                           stderr=subprocess.PIPE, timeout=600)
    assert r.returncode == 0, r.stderr
    # Peak RSS of the children so far: the earlier ones were small, so this is ours. ASan's
    # quarantine keeps freed memory, so the bound is only checked on a plain build.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert size > 50_000_000
    if not sanitized(ctx):
        assert peak < size / 2, (peak, size)


harness.main(globals())
