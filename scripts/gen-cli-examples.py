#!/usr/bin/env python3
"""Re-run the examples in docs/cli.md and write their real output under them.

Every ```console block in docs/cli.md holds commands ("$ ..." lines) and what they printed. This
script runs the commands in order, in one scratch folder for the whole document (so the archive an
early `akhbar ingest` builds is there for the later examples), with `samples` and `corpus` linked to
samples/ and ../shared/corpus/, the given akhbar first on PATH, stdout not a terminal and
COLUMNS=100, and replaces each block's output with what it printed now (stderr included).

    scripts/gen-cli-examples.py --akhbar build/akhbar
"""
import argparse
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--akhbar', required=True)
    ap.add_argument('--doc', default=os.path.join(ROOT, 'docs', 'cli.md'))
    args = ap.parse_args()
    akhbar_dir = os.path.dirname(os.path.abspath(args.akhbar))
    work = tempfile.mkdtemp(prefix='akhbar-doc-')
    os.symlink(os.path.join(ROOT, 'samples'), os.path.join(work, 'samples'))
    os.symlink(os.path.abspath(os.path.join(ROOT, '..', 'shared', 'corpus')), os.path.join(work, 'corpus'))
    env = dict(os.environ, PATH=akhbar_dir + os.pathsep + os.environ['PATH'], COLUMNS='100', LC_ALL='C.UTF-8')
    env.pop('AKHBAR_DB', None)
    env.pop('NO_COLOR', None)

    with open(args.doc, encoding='utf-8') as f:
        text = f.read()

    def rerun(match):
        lines = match.group(2).split('\n')
        out = []
        for line in lines:
            if not line.startswith('$ '):
                continue
            command = line[2:]
            r = subprocess.run(['bash', '-o', 'pipefail', '-c', command], cwd=work, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            printed = r.stdout.decode('utf-8', 'replace').rstrip('\n')
            out.append(line)
            if printed:
                out.append(printed)
        return match.group(1) + '\n'.join(out) + '\n```'

    try:
        text = re.sub(r'(```console\n)(.*?)\n```', rerun, text, flags=re.S)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(args.doc, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'updated {args.doc}')


if __name__ == '__main__':
    main()
