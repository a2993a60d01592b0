"""`akhbar serve` over HTTP: every page and its JSON form (the same shapes as the commands' --format
json), errors as pages and as JSON, and safety: hostile article text rendered as text, strict
headers, no write methods, path traversal, an oversized request, a slow client, a foreign Host,
an ingest while serving, clean shutdown on SIGINT and SIGTERM.

The archive is built with `akhbar ingest` from crafted inputs (tests/cli/serve_util.py) and the
repository's samples, so these tests need no shared corpus.
"""
import atexit
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from serve_util import (HOSTILE_SOURCE, HOSTILE_TITLE, HOSTILE_URL, Server,  # noqa: E402
                        build_archive)

_BUILT = {}


def archive(ctx):
    """The test archive, built once; each test gets its own copy (the WAL folded in)."""
    if 'db' not in _BUILT:
        folder = tempfile.mkdtemp(prefix='akhbar-serve-db-')
        atexit.register(shutil.rmtree, folder, True)  # shared by this file's tests; removed at exit
        _BUILT['db'] = build_archive(ctx, folder)
    db = os.path.join(ctx.tmp, 'a.db')
    shutil.copy(_BUILT['db'], db)
    for suffix in ('-wal', '-shm'):
        if os.path.exists(_BUILT['db'] + suffix):
            shutil.copy(_BUILT['db'] + suffix, db + suffix)
    return db


def cli_json(ctx, *args):
    r = ctx.run(list(args))
    assert r.returncode == 0, (args, r.stderr)
    return [json.loads(line) for line in r.stdout.splitlines()]


def q(text):
    return urllib.parse.quote(text)


def hostile_id(ctx, db):
    rows = cli_json(ctx, 'list', '--db', db, '--limit', '0', '--format', 'json')
    return next(r['id'] for r in rows if r['title'] == HOSTILE_TITLE)


def test_json_api_answers_as_the_commands_do(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        assert s.json('/api/stats') == cli_json(ctx, 'stats', '--db', db, '--format', 'json')[0]
        assert s.json('/stats?format=json') == s.json('/api/stats')
        assert s.json('/api/sources') == cli_json(ctx, 'sources', '--db', db, '--format', 'json')
        for row in cli_json(ctx, 'list', '--db', db, '--limit', '0', '--format', 'json'):
            assert s.json(f'/api/article/{row["id"]}') == cli_json(ctx, 'show', '--db', db, str(row['id']),
                                                                    '--format', 'json')[0]
        # Search: the same hits, scores and snippets as `akhbar search`, with the count and the query.
        hits = cli_json(ctx, 'search', '--db', db, 'اسعار', '--format', 'json')
        answer = s.json('/api/search?q=' + q('اسعار'))
        assert answer['results'] == hits and hits, answer
        assert answer['count'] == len(hits) and answer['more'] is False
        assert answer['query'] == {'q': 'اسعار', 'source': None, 'since': None, 'until': None, 'page': 1, 'n': 20}
        # Filters and paging as the command's.
        args = ['--source', 'صحيفة النهار', '--since', '2024-05', '--until', '2024-05-31']
        listed = cli_json(ctx, 'list', '--db', db, *args, '--format', 'json')
        answer = s.json('/api/search?source=' + q('صحيفة النهار') + '&since=2024-05&until=2024-05-31')
        assert answer['results'] == listed and answer['count'] == 1
        everything = cli_json(ctx, 'list', '--db', db, '--limit', '0', '--format', 'json')
        page2 = s.json('/api/search?n=2&page=2')
        assert page2['results'] == everything[2:4] and page2['count'] == len(everything)
        assert page2['offset'] == 2


def test_pages_render_and_link_each_other(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        status, headers, body = s.get('/search?q=' + q('اوبك'))
        html = body.decode()
        assert status == 200 and headers['Content-Type'] == 'text/html; charset=utf-8'
        assert '<html lang="ar" dir="rtl">' in html
        assert '<mark>أوبك</mark>' in html  # the spelling variant found, the match highlighted
        assert 'href="/article/1"' in html
        assert 'href="/api/search?q=' + q('اوبك') + '"' in html  # the page's JSON form
        status, _, body = s.get('/article/1')
        html = body.decode()
        assert status == 200
        assert '<h1 id="title" dir="auto">ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج</h1>' in html
        assert 'ارتفعت أسعار النفط في الأسواق العالمية' in html
        assert 'href="/article/1/segmentation"' in html and 'href="/article/1/raw"' in html
        status, _, body = s.get('/article/1/segmentation')
        html = body.decode()
        assert status == 200 and '<table class="trace" id="trace">' in html
        trace = s.json('/api/article/1/segmentation')
        assert [t['label'] for t in trace['lines']] == ['title', 'body', 'body'], trace
        assert trace['lines'][1]['rule'] == "dateline 'فيينا -' cut; paragraph"
        assert trace['lines'][0]['text'] == 'ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج'
        # The raw copy as stored, in its own charset, never sniffed as HTML.
        status, headers, body = s.get('/article/1/raw')
        assert status == 200 and headers['Content-Type'] == 'text/plain; charset=UTF-8'
        assert body.decode() == open(os.path.join(os.path.dirname(_BUILT['db']), 'inputs', 'oil.txt'),
                                     encoding='utf-8').read()
        status, _, body = s.get('/stats')
        html = body.decode()
        assert status == 200 and '<svg class="chart"' in html
        # Each bar links into search for its source and month.
        assert 'href="/search?source=' + q('صحيفة النهار') + '&amp;since=2024-05&amp;until=2024-05"' in html
        for path in ('/sources', '/duplicates', '/', '/static/style.css', '/static/icon.svg'):
            status, _, _ = s.get(path)
            assert status == 200, path


def test_hostile_text_renders_as_text(ctx):
    db = archive(ctx)
    aid = hostile_id(ctx, db)
    with Server(ctx, db) as s:
        pages = [f'/article/{aid}', f'/article/{aid}/segmentation', '/search?q=' + q('الاجتماع'), '/search',
                 '/stats', '/sources', '/search?q=' + q('مشبوه')]
        for path in pages:
            status, _, body = s.get(path)
            html = body.decode()
            assert status == 200, path
            assert '<script' not in html.lower(), path
            assert '<img' not in html.lower(), path
            assert 'javascript:' not in html.replace('&quot;javascript:', '').split('<body>')[0], path
            assert 'href="javascript:' not in html and "href='javascript:" not in html, path
            assert '<b>' not in html, path
        status, _, body = s.get(f'/article/{aid}')
        html = body.decode()
        assert '&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;' in html
        assert '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' in html
        # A javascript: address is shown, never linked.
        assert '<span class="ltr">javascript:alert(document.cookie)</span>' in html
        assert 'وكالة &lt;b&gt;&quot;الأنباء&#39;&lt;/b&gt;' in html
        # The source filter's option too, and the search box keeps a hostile query as a value.
        status, _, body = s.get('/search?q=' + q('<script>x</script> \'onfocus=alert(1)'))
        assert status == 200 and '<script>x' not in body.decode()
        assert 'value="&lt;script&gt;x&lt;/script&gt; &#39;onfocus=alert(1)"' in body.decode()
        status, _, body = s.get('/search?q=' + q('"><script>x</script>'))  # a malformed query: its error page
        assert status == 400 and '<script>x' not in body.decode()
        assert s.json(f'/api/article/{aid}')['input']['url'] == HOSTILE_URL
        assert s.json(f'/api/article/{aid}')['source'] == HOSTILE_SOURCE


def test_security_headers_on_every_answer(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        for path in ('/', '/article/1', '/api/stats', '/static/style.css', '/nowhere', '/article/999999',
                     '/search?q=%22'):
            _, headers, _ = s.get(path)
            assert headers['Content-Security-Policy'] == (
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
                "frame-ancestors 'none'"), path
            assert headers['X-Content-Type-Options'] == 'nosniff', path
            assert headers['X-Frame-Options'] == 'DENY', path
            assert headers['Referrer-Policy'] == 'no-referrer', path


def test_errors_are_pages_and_json(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        status, headers, body = s.get('/article/999999')
        assert status == 404 and headers['Content-Type'] == 'text/html; charset=utf-8'
        assert '<p dir="auto">no article with id 999999</p>' in body.decode()
        assert s.get('/api/article/999999')[2] == b'{"error":{"status":404,"message":"no article with id 999999"}}\n'
        assert s.get('/api/article/12ab')[2] == b'{"error":{"status":400,"message":"not an article id: \'12ab\'"}}\n'
        # A malformed query: the message `akhbar search` gives, word for word.
        r = ctx.run(['search', '--db', db, '"unclosed'])
        assert r.returncode == 2
        message = r.stderr.strip().removeprefix('akhbar: error: ')
        status, _, body = s.get('/api/search?q=' + q('"unclosed'))
        assert status == 400 and json.loads(body) == {'error': {'status': 400, 'message': message}}
        status, _, body = s.get('/search?q=' + q('"unclosed'))
        assert status == 400 and 'a quote is not closed' in body.decode()
        for path, message in [
                ('/api/search?since=2024-13', "since: not a date: '2024-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
                ('/api/search?since=2024&until=2023', 'since 2024 is after until 2023'),
                ('/api/search?page=0', "page: not a page number: '0'"),
                ('/api/search?n=500', "n: results per page must be 1 to 100: '500'"),
                ('/api/search?q=%ZZ', "malformed query string: bad escape '%ZZ'"),
                ('/api/search?q=%C3%28', 'malformed query string: not UTF-8'),
                ('/api/search?format=xml', "format: 'xml' is not json or html"),
                ('/api/nowhere', 'no page at /nowhere')]:
            status, _, body = s.get(path)
            assert json.loads(body)['error']['message'] == message, (path, body)
            assert status == (404 if 'nowhere' in path else 400), path


def test_read_only_no_write_methods(ctx):
    db = archive(ctx)
    before = open(db, 'rb').read()
    with Server(ctx, db) as s:
        for method in ('POST', 'PUT', 'DELETE', 'PATCH'):
            status, headers, body = s.get('/article/1', method=method, data=b'x=1')
            assert status == 405, method
            assert headers['Allow'] == 'GET, HEAD'
            assert 'this server is read-only' in body.decode()
        status, _, body = s.get('/api/search', method='POST', data=b'{}')
        assert json.loads(body)['error']['message'] == 'POST is not allowed: this server is read-only (GET and HEAD only)'
        assert s.get('/article/1', method='HEAD')[0] == 200
    assert open(db, 'rb').read() == before


def test_static_routes_do_not_traverse(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        for path in ('/static/../../../../etc/passwd', '/static/%2e%2e/%2e%2e/etc/passwd', '/static/..%2f..%2fetc%2fpasswd',
                     '/static/', '/static/style.css/', '/static//etc/passwd', '/static/STYLE.CSS', '/../etc/passwd',
                     '/static/%252e%252e/etc/passwd'):
            # Raw request line: urllib would normalise the dots away.
            status, body = raw_get(s, path)
            assert status in (400, 404), (path, status)
            assert b'root:' not in body, path


def raw_get(s, target, host=None):
    with socket.create_connection(('127.0.0.1', s.port), timeout=10) as c:
        c.sendall(f'GET {target} HTTP/1.1\r\nHost: {host or "127.0.0.1"}\r\nConnection: close\r\n\r\n'.encode())
        data = b''
        while chunk := c.recv(65536):
            data += chunk
    head, _, body = data.partition(b'\r\n\r\n')
    return int(head.split()[1]), body


def test_oversized_request_refused_and_server_stays_up(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        status, _ = raw_get(s, '/search?q=' + 'ا' * 512 * 1024)  # 1 MB of query string
        assert status == 414, status
        status, _ = raw_get(s, '/search?q=' + 'b' * 5000)  # fits the line, too long a query
        assert status == 400
        status, _, body = s.get('/api/search?q=' + 'b' * 1500)
        assert json.loads(body)['error']['message'] == 'q: the query is longer than 1000 bytes'
        with socket.create_connection(('127.0.0.1', s.port), timeout=10) as c:  # a 1 MB header
            c.sendall(b'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ' + b'a' * (1 << 20) + b'\r\n\r\n')
            try:
                c.recv(100)
            except ConnectionResetError:
                pass
        status, _, body = s.get('/api/article/1', method='POST', data=b'x' * (1 << 20))
        assert status == 413, status
        assert s.get('/')[0] == 200


def test_slow_client_is_dropped_and_others_served(ctx):
    db = archive(ctx)
    with Server(ctx, db, '--timeout', '2', '--threads', '2') as s:
        slow = socket.create_connection(('127.0.0.1', s.port), timeout=10)
        closed_after = []

        def dribble():
            start = time.monotonic()
            try:
                for ch in b'GET /stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n':
                    slow.sendall(bytes([ch]))
                    time.sleep(1)
            except OSError:
                pass
            closed_after.append(time.monotonic() - start)

        threads = [threading.Thread(target=dribble)]
        threads[0].start()
        time.sleep(0.5)
        # Meanwhile every other client is answered at once.
        for _ in range(5):
            start = time.monotonic()
            assert s.get('/api/stats')[0] == 200
            assert time.monotonic() - start < 1.5
        threads[0].join(timeout=15)
        assert closed_after and 2 <= closed_after[0] <= 6, closed_after
        slow.settimeout(2)
        try:
            assert slow.recv(100) == b''
        except OSError:
            pass
        slow.close()
        assert s.get('/')[0] == 200


def test_foreign_host_refused_on_loopback(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        status, body = raw_get(s, '/api/stats', host='evil.example')
        assert status == 400
        assert json.loads(body)['error']['message'] == (
            'unexpected Host header (this server answers to 127.0.0.1 and localhost only)')
        for host in (f'localhost:{s.port}', f'127.0.0.1:{s.port}', '[::1]:1'):
            assert raw_get(s, '/api/stats', host=host)[0] == 200, host


def test_ingest_while_serving(ctx):
    db = archive(ctx)
    with Server(ctx, db) as s:
        before = s.json('/api/stats')['articles']
        s.json('/api/search?q=' + q('اسعار'))  # the server holds a read connection
        path = os.path.join(ctx.tmp, 'new.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('افتتاح معرض الكتاب الدولي في الرياض\nالرياض - افتتح معرض الكتاب الدولي أبوابه اليوم '
                    'بمشاركة مئات دور النشر العربية والأجنبية.\n')
        r = ctx.run(['ingest', '--db', db, '--quiet', path])
        assert r.returncode == 0, r.stderr
        assert s.json('/api/stats')['articles'] == before + 1
        hits = s.json('/api/search?q=' + q('معرض الكتاب'))['results']
        assert [h['title'] for h in hits] == ['افتتاح معرض الكتاب الدولي في الرياض']


def test_clean_shutdown_on_sigint_and_sigterm(ctx):
    db = archive(ctx)
    for sig in (signal.SIGINT, signal.SIGTERM):
        s = Server(ctx, db)
        assert s.first_line == f'serve: {db} read-only at http://127.0.0.1:{s.port}/ (Ctrl-C stops)\n'
        idle = socket.create_connection(('127.0.0.1', s.port))  # an open keep-alive connection
        idle.sendall(b'GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
        idle.recv(65536)
        code, seconds, err = s.stop(sig)
        idle.close()
        assert code == 0, (code, err)
        assert err == 'serve: stopped\n', err
        assert seconds < 5, seconds


def test_start_errors(ctx):
    r = ctx.run(['serve', '--db', os.path.join(ctx.tmp, 'none.db'), '--port', '0'])
    assert r.returncode == 1
    assert r.stderr == f'akhbar: error: no archive at {os.path.join(ctx.tmp, "none.db")} — create one with `akhbar ingest`\n'
    r = ctx.run(['serve', '--port', '70000'])
    assert r.returncode == 2 and r.stderr.startswith('akhbar: error: --port: Value 70000 not in range 0 to 65535')
    db = archive(ctx)
    with Server(ctx, db) as s:
        r = ctx.run(['serve', '--db', db, '--port', str(s.port)], timeout=20)
        assert r.returncode == 1
        assert r.stderr == f'akhbar: error: cannot listen on 127.0.0.1 port {s.port} (in use, or not an address of this machine)\n'


def test_warns_when_not_on_loopback(ctx):
    db = archive(ctx)
    with Server(ctx, db, '--bind', '0.0.0.0') as s:
        warning = s.proc.stderr.readline()
        assert warning == ('serve: warning: listening on 0.0.0.0, not loopback: anyone who can reach this machine '
                           'can read the archive\n'), warning
        status, _, _ = s.get('/api/stats', headers={'Host': 'archive.example:80'})
        assert status == 200  # bound elsewhere on purpose: any name


def test_access_log_times_requests(ctx):
    db = archive(ctx)
    log = os.path.join(ctx.tmp, 'access.log')
    with Server(ctx, db, '--access-log', log) as s:
        s.get('/search?q=' + q('اسعار'))
        s.get('/article/999999')
    # A line is written once its response has gone out, so two requests on two threads may be
    # logged in either order.
    lines = sorted(open(log, encoding='utf-8').read().splitlines(), key=lambda l: '/search' not in l)
    assert len(lines) == 2, lines
    method, target, status, size, ms, work = lines[0].split(' ')
    assert (method, target, status) == ('GET', '/search?q=' + q('اسعار'), '200'), lines
    assert int(size) > 1000 and 0 < float(work) <= float(ms) < 5000
    assert lines[1].split(' ')[:3] == ['GET', '/article/999999', '404']


harness.main(globals())
