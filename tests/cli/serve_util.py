"""What the `akhbar serve` tests share: small archives built with `akhbar ingest` from crafted inputs
(hostile text included) and the samples, and a server started on a free port and stopped cleanly."""
import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request

# Crafted articles: one with Arabic spelling variants to search for, and hostile ones whose text
# must come out as text (scraped titles and bodies are attacker-controlled).
OIL = ('ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج\n'
       'فيينا - ارتفعت أسعار النفط في الأسواق العالمية بعد أن قررت منظمة أوبك وحلفاؤها خفض الإنتاج.\n'
       'وقال محللون إن القرار سيؤثر على أسعار الوقود في المنطقة العربية خلال الأشهر المقبلة.\n')
HOSTILE_TITLE = 'خبر عاجل <script>document.title="pwned"</script> من القاهرة'
HOSTILE_BODY = ('القاهرة - قالت مصادر مطلعة إن الاجتماع انتهى دون اتفاق "><img src=x onerror=alert(1)> '
                'وأضافت أن الوفود ستعود للتفاوض الأسبوع المقبل <script>alert(1)</script> في العاصمة المصرية.')
HOSTILE_URL = 'javascript:alert(document.cookie)'
HOSTILE_SOURCE = 'وكالة <b>"الأنباء\'</b>'


def write_inputs(folder):
    """The crafted inputs in `folder`: oil.txt and hostile.jsonl (two records)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'oil.txt'), 'w', encoding='utf-8') as f:
        f.write(OIL)
    records = [
        {'title': HOSTILE_TITLE, 'text': HOSTILE_BODY + '\n' + HOSTILE_BODY.replace('الاجتماع', 'اللقاء'),
         'url': HOSTILE_URL, 'source': HOSTILE_SOURCE, 'date': '2024-05-02'},
        {'title': 'تقرير عن <a href="javascript:alert(2)">رابط</a> مشبوه',
         'text': 'بيروت - نشرت الصحيفة تقريرا مطولا عن الأوضاع الاقتصادية في لبنان وتأثيرها على المواطنين.\n'
                 'اقرأ أيضاً: javascript:alert(3)',
         'url': 'https://example.com/2024/05/03/report', 'source': 'صحيفة النهار', 'date': '2024-05-03'},
    ]
    with open(os.path.join(folder, 'hostile.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return [os.path.join(folder, 'oil.txt'), os.path.join(folder, 'hostile.jsonl')]


def build_archive(ctx, folder):
    """An archive of the crafted inputs and the repository's samples; returns its path."""
    paths = write_inputs(os.path.join(folder, 'inputs'))
    samples = [ctx.path('samples', n) for n in ('almustakilla-iraq-us-security-talks.txt',
                                                 'saudinewsnet_00011.txt', 'trec-BB-culture-70-20180311.txt')]
    db = os.path.join(folder, 'serve.db')
    r = ctx.run(['ingest', '--db', db, '--quiet', *paths, *samples])
    assert r.returncode == 0, r.stderr
    return db


class Server:
    """`akhbar serve` on a free port (port 0: the server picks and prints it)."""

    def __init__(self, ctx, db, *extra):
        env = dict(os.environ)
        env.pop('AKHBAR_DB', None)
        self.proc = subprocess.Popen([ctx.akhbar, 'serve', '--db', db, '--port', '0', *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                     cwd=ctx.tmp)
        self.first_line = self.proc.stderr.readline()
        m = re.search(r'http://([^/]+):(\d+)/', self.first_line)
        if not m:
            self.proc.kill()
            rest = self.proc.stderr.read()
            raise AssertionError(f'serve did not start: {self.first_line}{rest}')
        self.host = m.group(1)
        self.port = int(m.group(2))
        self.base = f'http://127.0.0.1:{self.port}'

    def get(self, path, headers=None, method='GET', data=None, timeout=20):
        """(status, headers, body bytes) of one request; HTTP errors are answers too."""
        req = urllib.request.Request(self.base + path, headers=headers or {}, method=method, data=data)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def json(self, path):
        status, _, body = self.get(path)
        assert status == 200, (path, status, body[:300])
        return json.loads(body)

    def stop(self, sig=signal.SIGINT, timeout=15):
        """Stops the server with `sig`; returns (exit code, seconds taken, the rest of stderr)."""
        start = time.monotonic()
        self.proc.send_signal(sig)
        try:
            _, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
            raise AssertionError(f'serve did not stop within {timeout} s: {err}')
        return self.proc.returncode, time.monotonic() - start, err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            code, _, err = self.stop()
            if exc[0] is None:
                assert code == 0, (code, err)
