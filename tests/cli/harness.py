"""A small harness for end-to-end tests: run the built akhbar on files, check output and exit codes.

Each tests/cli/test_*.py defines functions named test_*(ctx) and ends with `harness.main(globals())`.
ctx.run(args, stdin=None, env=None, cwd=None) returns a CompletedProcess (text, stdout/stderr captured);
ctx.tmp is a fresh temporary folder per test; ctx.source / ctx.corpus are paths.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import traceback


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


def main(namespace):
    ap = argparse.ArgumentParser()
    ap.add_argument('--akhbar', required=True)
    ap.add_argument('--source', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('-k', default='', help='run only tests whose name contains this')
    args = ap.parse_args()
    ctx = Context(os.path.abspath(args.akhbar), os.path.abspath(args.source), os.path.abspath(args.corpus))
    tests = [(n, f) for n, f in sorted(namespace.items()) if n.startswith('test_') and callable(f) and args.k in n]
    failed = 0
    for name, fn in tests:
        ctx.tmp = tempfile.mkdtemp(prefix='akhbar-cli-')
        try:
            fn(ctx)
            print(f'PASS {name}')
        except Exception:
            failed += 1
            print(f'FAIL {name}')
            traceback.print_exc(file=sys.stdout)
        finally:
            shutil.rmtree(ctx.tmp, ignore_errors=True)
    print(f'{len(tests) - failed} passed, {failed} failed')
    sys.exit(1 if failed or not tests else 0)
