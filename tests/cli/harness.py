"""A small harness for end-to-end tests: run the built akhbar on files, check output and exit codes.

Each tests/cli/test_*.py defines functions named test_*(ctx) and ends with `harness.main(globals())`.
ctx.run(args, stdin=None, env=None, cwd=None) returns a CompletedProcess (text, stdout/stderr captured);
ctx.tmp is a fresh temporary folder per test; ctx.source / ctx.corpus are paths.
A test that needs the shared data next to the checkout (../shared/corpus, ../shared/eval, ...) asks
for it with ctx.shared('corpus', ...) and is skipped (SKIP name: why) when that folder is absent;
a script whose every test skipped exits with SKIP_CODE, which ctest reports as a skip.
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback

# The exit code of a script whose every test was skipped (tests/CMakeLists.txt: SKIP_RETURN_CODE).
SKIP_CODE = 77


class Skip(Exception):
    """Raised by a test that cannot run here; the harness prints `SKIP name: reason`."""


class Context:
    def __init__(self, akhbar, source, corpus):
        self.akhbar = akhbar
        self.source = source
        self.corpus = corpus
        self.tmp = None

    def run(self, args, stdin=None, env=None, cwd=None, timeout=300, binary=False):
        full_env = dict(os.environ)
        full_env.pop('AKHBAR_DB', None)
        if env:
            full_env.update(env)
        return subprocess.run([self.akhbar, *args], input=stdin, capture_output=True,
                              text=not binary, env=full_env, cwd=cwd or self.tmp, timeout=timeout)

    def path(self, *parts):
        return os.path.join(self.source, *parts)

    def has_shared(self, top='corpus'):
        """Whether the shared folder `top` is there (for fixtures that use it when they can)."""
        try:
            self.shared(top)
            return True
        except Skip:
            return False

    def shared(self, top, *parts):
        """A path in the shared data (top: 'corpus', 'eval', 'schema', ...; ../shared of a checkout).

        Skips the test when the folder `top` is absent (a clone on its own); when it is there, a
        missing file below it is the test's to find, so that CI never skips silently."""
        root = self.corpus if top == 'corpus' else os.path.normpath(os.path.join(self.corpus, '..', top))
        if not os.path.isdir(root):
            what = 'shared corpus' if top == 'corpus' else f'shared {top}'
            raise Skip(f'no {what} at {root}')
        return os.path.join(root, *parts)


def schema_version(db):
    """0 when a kill came before the schema's one transaction committed: then the file holds no
    table at all (an empty archive, which the next writer creates), never half a schema."""
    c = sqlite3.connect(db)
    assert c.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    version = c.execute('PRAGMA user_version').fetchone()[0]
    if version == 0:
        assert c.execute('SELECT count(*) FROM sqlite_master').fetchone()[0] == 0, 'half a schema'
    c.close()
    return version


def main(namespace):
    ap = argparse.ArgumentParser()
    ap.add_argument('--akhbar', required=True)
    ap.add_argument('--source', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('-k', default='', help='run only tests whose name contains this')
    ap.add_argument('--shard', default='1/1', help='K/N: run every N-th test from the K-th (a long script split '
                    'across ctest entries, so that ctest -j runs its parts side by side)')
    args = ap.parse_args()
    ctx = Context(os.path.abspath(args.akhbar), os.path.abspath(args.source), os.path.abspath(args.corpus))
    k, n = (int(x) for x in args.shard.split('/'))
    tests = [(name, f) for name, f in sorted(namespace.items()) if name.startswith('test_') and callable(f) and args.k in name]
    tests = tests[k - 1::n]
    failed = skipped = 0
    for name, fn in tests:
        ctx.tmp = tempfile.mkdtemp(prefix='akhbar-cli-')
        try:
            fn(ctx)
            print(f'PASS {name}')
        except Skip as why:
            skipped += 1
            print(f'SKIP {name}: {why}')
        except Exception:
            failed += 1
            print(f'FAIL {name}')
            traceback.print_exc(file=sys.stdout)
        finally:
            shutil.rmtree(ctx.tmp, ignore_errors=True)
    tail = f', {skipped} skipped' if skipped else ''
    print(f'{len(tests) - failed - skipped} passed, {failed} failed{tail}')
    if failed or not tests:
        sys.exit(1)
    sys.exit(SKIP_CODE if skipped == len(tests) else 0)
