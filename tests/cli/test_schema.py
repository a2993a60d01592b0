"""`akhbar parse` output validates against docs/article.schema.json, on samples/ and on a slice of
every corpus folder (every format and encoding the corpus holds)."""
import json
import os
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def validator(ctx):
    with open(ctx.path('docs', 'article.schema.json'), encoding='utf-8') as f:
        schema = json.load(f)
    # "$id" is a bare name, not a URI: jsonschema would resolve "#/$defs/..." against it.
    schema.pop('$id', None)
    return jsonschema.Draft202012Validator(schema)


def check_lines(ctx, stdout):
    v = validator(ctx)
    n = 0
    for line in stdout.splitlines():
        rec = json.loads(line)
        errors = sorted(v.iter_errors(rec), key=lambda e: e.path)
        assert not errors, f'{rec["input"]["path"]}: {errors[0].message} at {list(errors[0].path)}'
        n += 1
    return n


def test_samples_validate(ctx):
    r = ctx.run(['parse', ctx.path('samples')])
    assert r.returncode == 0, r.stderr
    assert check_lines(ctx, r.stdout) >= 4


def test_schema_copy_matches_shared(ctx):
    shared = ctx.shared('schema', 'article.schema.json')
    with open(shared, encoding='utf-8') as a, open(ctx.path('docs', 'article.schema.json'), encoding='utf-8') as b:
        assert json.load(a) == json.load(b), 'docs/article.schema.json differs from ../shared/schema'


def test_corpus_slice_validates(ctx):
    inputs = []
    corpus = ctx.shared('corpus')
    for top in sorted(os.listdir(corpus)):
        folder = os.path.join(corpus, top)
        if not os.path.isdir(folder):
            continue
        files = []
        for root, _, names in os.walk(folder):
            files += [os.path.join(root, n) for n in sorted(names)]
        inputs += sorted(files)[:15]
    r = ctx.run(['parse', '-q', *inputs], timeout=600)
    assert r.returncode in (0, 1), r.stderr
    assert check_lines(ctx, r.stdout) > 100


harness.main(globals())
