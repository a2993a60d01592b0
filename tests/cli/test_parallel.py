"""Sharded ingest with GNU parallel (issue 16): scripts/shard-ingest.sh runs one `akhbar ingest` per
input with `parallel -j2` here, and with `parallel -S` over ssh to an sshd of the test's own on
loopback; its merged archive must equal one ingest of everything (the same checks as test_dask)."""
import os
import shutil
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
import shards  # noqa: E402

SSHD = '/usr/sbin/sshd'  # Debian's openssh-server (scripts/setup.sh)


def shard_ingest(ctx, out, inputs, *options):
    env = {k: v for k, v in os.environ.items() if k != 'AKHBAR_DB'}
    env['PARALLEL_HOME'] = os.path.join(ctx.tmp, 'parallel')  # parallel's state, not in ~/.parallel
    t = time.monotonic()
    r = subprocess.run([ctx.path('scripts', 'shard-ingest.sh'), '--akhbar', ctx.akhbar, *options, out, *inputs],
                       capture_output=True, text=True, env=env, cwd=ctx.tmp, timeout=600)
    print(f'  shard-ingest.sh {" ".join(options)}: {len(inputs)} shards in {time.monotonic() - t:.1f} s')
    return r


def check(ctx, shard_inputs, union_inputs, pieces, *options):
    merged, union = os.path.join(ctx.tmp, 'merged.db'), os.path.join(ctx.tmp, 'union.db')
    assert all(len(s) == 1 for s in shard_inputs)
    r = shard_ingest(ctx, merged, [s[0] for s in shard_inputs], *options)
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith(f'merge: {len(shard_inputs)} shards read, 0 failed, '), r.stderr
    assert r.stdout == '', r.stdout
    assert not os.path.exists(merged + '.shards'), 'shards left after a complete merge'
    r = ctx.run(['ingest', '--db', union, '--quiet', *union_inputs])
    assert r.returncode == 0 and r.stderr == '', r.stderr
    shards.assert_same_archive(ctx, merged, union, pieces)
    return merged


def test_parallel_local_shards_of_the_samples(ctx):
    merged = check(ctx, *shards.samples_shards(ctx), '-j', '2')
    # Run again: everything is already archived, nothing added.
    before = shards.stats(ctx, merged)
    r = shard_ingest(ctx, merged, [ctx.path('samples')], '-j', '2')
    assert r.returncode == 0 and ' 0 articles stored ' in r.stderr, r.stderr
    assert shards.stats(ctx, merged) == before


def test_parallel_local_shards_of_the_corpus(ctx):
    check(ctx, *shards.corpus_shards(ctx), '-j', '2')


def test_parallel_failures_and_usage(ctx):
    bad = os.path.join(ctx.tmp, 'bad')
    os.makedirs(bad)
    with open(os.path.join(bad, 'x.csv'), 'w', encoding='utf-8') as f:
        f.write('a,b\n1,2\n')  # no body column: this shard's only input fails
    out = os.path.join(ctx.tmp, 'out.db')
    r = shard_ingest(ctx, out, [ctx.path('samples'), bad], '-j', '2', '--keep-shards')
    assert r.returncode == 1, r.stderr
    assert 'merge: 2 shards read, 0 failed, 4 records: 4 articles stored' in r.stderr, r.stderr
    assert sorted(os.listdir(out + '.shards'))[:2] == ['joblog', 'shard-1.db'], os.listdir(out + '.shards')
    r = shard_ingest(ctx, out, [os.path.join(ctx.tmp, 'missing')])
    assert r.returncode == 1 and r.stderr.endswith('no such file or folder: ' + os.path.join(ctx.tmp, 'missing') + '\n'), r.stderr
    r = shard_ingest(ctx, out, [])
    assert r.returncode == 2 and r.stderr.startswith('usage: shard-ingest.sh '), r.stderr


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def start_sshd(ctx):
    """An sshd of the test's own: loopback only, a free port, its own host key, one authorized key
    made here, no passwords. Returns (process, the ssh command that logs in to it)."""
    if not os.path.exists(SSHD):
        raise AssertionError(f'{SSHD} missing: scripts/setup.sh installs openssh-server')
    d = os.path.join(ctx.tmp, 'ssh')
    os.makedirs(d)
    for key in ('host_key', 'user_key'):
        subprocess.run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f', os.path.join(d, key)], check=True)
    shutil.copy(os.path.join(d, 'user_key.pub'), os.path.join(d, 'authorized_keys'))
    port = free_port()
    config = os.path.join(d, 'sshd_config')
    with open(config, 'w') as f:
        f.write(f'Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\n'
                f'AuthorizedKeysFile {d}/authorized_keys\nPidFile {d}/sshd.pid\nUsePAM no\nStrictModes no\n'
                'PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n')
    if os.geteuid() == 0:
        os.makedirs('/run/sshd', mode=0o755, exist_ok=True)  # root's sshd wants its privilege-separation dir
    log = open(os.path.join(d, 'sshd.log'), 'w')
    proc = subprocess.Popen([SSHD, '-D', '-e', '-f', config], stdout=log, stderr=log)
    ssh = (f'ssh -F /dev/null -p {port} -i {d}/user_key -o StrictHostKeyChecking=no '
           f'-o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR')
    login = f'{ssh} {os.environ.get("USER") or subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()}@127.0.0.1'
    deadline = time.monotonic() + 15
    while True:
        r = subprocess.run(login.split() + ['true'], capture_output=True, text=True, timeout=30)
        if r.returncode == 0:
            return proc, login
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_sshd(proc)
            with open(os.path.join(d, 'sshd.log')) as f:
                raise AssertionError(f'ssh to the test sshd failed: {r.stderr}; sshd: {f.read()}')
        time.sleep(0.2)


def stop_sshd(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_parallel_sshlogin_shards_of_the_samples(ctx):
    proc, login = start_sshd(ctx)
    try:
        # Two job slots on the "remote" machine, none here: every ingest goes through ssh, with a
        # shard folder whose name needs quoting on the remote shell.
        folder = os.path.join(ctx.tmp, 'the shards')
        check(ctx, *shards.samples_shards(ctx), '-S', f'2/{login}', '--shards', folder)
        assert not os.path.exists(folder)
    finally:
        stop_sshd(proc)


if __name__ == '__main__':
    harness.main(globals())
