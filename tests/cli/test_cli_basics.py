"""The command line itself: help, usage errors, exit codes, missing inputs."""
import os
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


def test_version(ctx):
    r = ctx.run(['--version'])
    assert r.returncode == 0 and r.stdout.strip()


harness.main(globals())
