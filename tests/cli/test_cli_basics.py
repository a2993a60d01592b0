"""The command line itself: help, usage errors, exit codes, missing inputs."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def test_help_lists_commands(ctx):
    r = ctx.run(['--help'])
    assert r.returncode == 0, r.stderr
    assert 'parse' in r.stdout and 'AKHBAR_DB' in r.stdout


def test_every_subcommand_has_help(ctx):
    top = ctx.run(['--help']).stdout
    names = []
    in_subs = False
    for line in top.splitlines():
        if line.startswith('Subcommands:'):
            in_subs = True
            continue
        if in_subs:
            if not line.strip():
                break
            names.append(line.split()[0])
    assert names, top
    for name in names:
        r = ctx.run([name, '--help'])
        assert r.returncode == 0, f'{name}: {r.stderr}'
        assert f'akhbar {name}' in r.stdout, r.stdout


def test_bad_argument_is_usage_error(ctx):
    r = ctx.run(['parse', '--no-such-flag'])
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('akhbar: error:') and '--no-such-flag' in lines[0], r.stderr


def test_no_subcommand_is_usage_error(ctx):
    r = ctx.run([])
    assert r.returncode == 2 and r.stderr.startswith('akhbar: error:'), r.stderr


def test_missing_file_reported_and_others_processed(ctx):
    good = os.path.join(ctx.tmp, 'good.txt')
    with open(good, 'w', encoding='utf-8') as f:
        f.write('القاهرة - قال مسؤول إن الاجتماع انتهى.\n')
    missing = os.path.join(ctx.tmp, 'missing.txt')
    r = ctx.run(['parse', missing, good])
    assert r.returncode == 1, r.returncode
    assert r.stderr.strip().splitlines() == [f'akhbar: error: {missing}: cannot open: No such file or directory'], r.stderr
    assert len(r.stdout.strip().splitlines()) == 1 and 'الاجتماع' in r.stdout


def test_version_names_the_commit(ctx):
    r = ctx.run(['--version'])
    assert r.returncode == 0, r.stderr
    m = re.fullmatch(r'akhbar (\d+\.\d+\.\d+) \(commit ([0-9a-f]{7,}(?:-dirty)?|unknown)\)\n', r.stdout)
    assert m, r.stdout
    with open(ctx.path('CMakeLists.txt'), encoding='utf-8') as f:
        assert f'VERSION {m.group(1)} ' in f.read()
    # Built from a git tree: the commit is the checked-out one, refreshed by every build.
    head = subprocess.run(['git', '-C', ctx.source, 'rev-parse', '--short=7', 'HEAD'], capture_output=True, text=True)
    top = subprocess.run(['git', '-C', ctx.source, 'rev-parse', '--show-toplevel'], capture_output=True, text=True)
    if head.returncode == 0 and os.path.realpath(top.stdout.strip()) == os.path.realpath(ctx.source):
        assert m.group(2).split('-')[0] == head.stdout.strip(), f'{r.stdout} but HEAD is {head.stdout} (rebuild?)'


def test_mistyped_command_suggests_the_nearest(ctx):
    r = ctx.run(['serch', 'x'])
    assert r.returncode == 2 and r.stdout == '', r
    assert r.stderr == ("akhbar: error: 'serch' is not an akhbar command. "
                        "The most similar command is 'search' (see `akhbar --help`)\n"), r.stderr
    r = ctx.run(['dup'])
    assert r.returncode == 2
    assert r.stderr == ("akhbar: error: 'dup' is not an akhbar command. "
                        "The most similar command is 'duplicates' (see `akhbar --help`)\n"), r.stderr


def test_unknown_command_without_near_one(ctx):
    r = ctx.run(['xyzzy', 'a.txt'])
    assert r.returncode == 2 and r.stdout == ''
    assert r.stderr == "akhbar: error: 'xyzzy' is not an akhbar command (see `akhbar --help`)\n", r.stderr


def test_usage_error_in_a_command_points_to_its_help(ctx):
    r = ctx.run(['export', '--format', 'xml'])
    assert r.returncode == 2
    assert r.stderr == ('akhbar: error: --format: xml not in {jsonl,csv,tei,es-bulk} '
                        '(see `akhbar export --help`)\n'), r.stderr
    r = ctx.run(['list', '--bogus'])
    assert r.returncode == 2
    assert r.stderr == ('akhbar: error: The following argument was not expected: --bogus '
                        '(see `akhbar list --help`)\n'), r.stderr
    r = ctx.run(['show'])
    assert r.returncode == 2
    assert r.stderr == 'akhbar: error: article is required (see `akhbar show --help`)\n', r.stderr


harness.main(globals())
