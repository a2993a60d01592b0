"""Sharded ingest on a real distributed engine (issue 16): a Dask LocalCluster of two worker
processes on loopback runs `akhbar ingest` on each shard of the inputs (folders, and a WARC file
split by record), `akhbar merge` joins the shard archives, and the result must equal one ingest of
everything: the same articles (canonical export), the same inputs with their exact-duplicate
links, the same near-duplicate pairs, the same stats."""
import logging
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
import shards  # noqa: E402

# Debian's python3-distributed (scripts/setup.sh); psutil comes with it.
import psutil  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402


def ingest_shard(akhbar, db, inputs, env):
    """Runs on a worker: one shard's ingest; returns what a caller needs to check it."""
    r = subprocess.run([akhbar, 'ingest', '--db', db, '--quiet', '--summary', 'json', '-j', '1', *inputs],
                       capture_output=True, text=True, env=env, timeout=600)
    return {'db': db, 'returncode': r.returncode, 'stdout': r.stdout, 'stderr': r.stderr, 'pid': os.getpid()}


def dask_ingest(ctx, shard_inputs):
    """Each shard's ingest as a Dask task on a local cluster of 2 worker processes; the cluster is
    closed (workers and nannies gone) whatever happens. Returns the shard archives in shard order."""
    env = {k: v for k, v in os.environ.items() if k != 'AKHBAR_DB'}
    dbs = [os.path.join(ctx.tmp, f'shard-{i + 1}.db') for i in range(len(shard_inputs))]
    cluster = client = None
    started = time.monotonic()
    try:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host='127.0.0.1',
                               dashboard_address=None, local_directory=os.path.join(ctx.tmp, 'dask'),
                               silence_logs=logging.ERROR)
        client = Client(cluster)
        client.wait_for_workers(2, timeout=60)
        up = time.monotonic()
        futures = client.map(ingest_shard, [ctx.akhbar] * len(dbs), dbs, shard_inputs, [env] * len(dbs),
                             pure=False)
        results = client.gather(futures)
        done = time.monotonic()
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    print(f'  dask: cluster up in {up - started:.1f} s, {len(dbs)} shard ingests in {done - up:.1f} s, '
          f'closed in {time.monotonic() - done:.1f} s')
    for r in results:
        assert r['returncode'] == 0, r
    assert [r['db'] for r in results] == dbs
    # Both worker processes took shards (neither is this process).
    pids = {r['pid'] for r in results}
    assert len(pids) == 2 and os.getpid() not in pids, pids
    no_leftovers()
    return dbs


def no_leftovers():
    """No worker, nanny or other child process of this test outlives the cluster. (multiprocessing's
    resource tracker is this interpreter's own helper, started once and gone when it exits.)"""
    def children():
        return [p for p in psutil.Process().children(recursive=True)
                if 'multiprocessing.resource_tracker' not in ' '.join(p.cmdline())]

    deadline = time.monotonic() + 10
    while children() and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [(p.pid, ' '.join(p.cmdline())) for p in children()]
    assert not left, left


def check(ctx, shard_inputs, union_inputs, pieces):
    dbs = dask_ingest(ctx, shard_inputs)
    merged, union = os.path.join(ctx.tmp, 'merged.db'), os.path.join(ctx.tmp, 'union.db')
    t = time.monotonic()
    r = ctx.run(['merge', '--quiet', merged, *dbs])
    assert r.returncode == 0 and r.stderr == '', r.stderr
    t_merge = time.monotonic() - t
    r = ctx.run(['ingest', '--db', union, '--quiet', *union_inputs])
    assert r.returncode == 0 and r.stderr == '', r.stderr
    print(f'  merge of {len(dbs)} shards {t_merge:.1f} s')
    shards.assert_same_archive(ctx, merged, union, pieces)
    return shards.stats(ctx, union)


def test_dask_shards_of_the_samples_equal_one_ingest(ctx):
    shard_inputs, union_inputs, pieces = shards.samples_shards(ctx)
    s = check(ctx, shard_inputs, union_inputs, pieces)
    # Deduplication worked across shards: the sample's copy, the repeated record, the edited sample.
    assert s['duplicates'] == 2 and s['near_duplicates'] == 1, s
    assert s['articles'] == 4 + 1 + 6 + 2, s  # the samples (+1 read-also), 6 short, the edited one (+1)


def test_dask_shards_of_the_corpus_equal_one_ingest(ctx):
    shard_inputs, union_inputs, pieces = shards.corpus_shards(ctx)
    s = check(ctx, shard_inputs, union_inputs, pieces)
    # The 15 copies are exact duplicates across shards; 4 of the 5 edits are near ones (the 5th
    # differs by more than 3 bits), plus what the folders hold themselves.
    assert s['duplicates'] >= 15 and s['near_duplicates'] >= 4, s


if __name__ == '__main__':
    harness.main(globals())
