// Mozilla Readability (Firefox's Reader View) over HTML pages, for bench/html-vs-readability.sh:
// prints one JSON line per page in akhbar's record shape (input.path, title, published, body
// blocks), then the wall and CPU (user + system) seconds of the parses on stderr. Needs NODE_PATH with jsdom and @mozilla/readability.
// Usage: node bench/readability.mjs REPEAT FILE...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(resolve(process.env.NODE_PATH || '.', 'x.js'));
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [repeat, ...files] = process.argv.slice(2);
// A page that declares a legacy charset goes in as bytes so that jsdom decodes it as a browser
// does (windows-1256 read as UTF-8 loses every Arabic letter); the others as UTF-8 text, since
// jsdom would take undeclared bytes for windows-1252.
const legacy = (b) => /charset=["']?(?!utf-?8)[\w-]+/i.test(b.subarray(0, 2048).toString('latin1'));
const pages = files.map((f) => readFileSync(f)).map((b, i) => ({ path: resolve(files[i]), html: legacy(b) ? b : b.toString('utf-8') }));
const quiet = new VirtualConsole();  // pages' CSS and script errors are not the benchmark's
let out = [];
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let r = 0; r < Number(repeat); ++r) {
  out = [];
  for (const p of pages) {
    // The page's own address, as a browser would have it, so that links resolve.
    const url = (p.html.toString(typeof p.html === 'string' ? undefined : 'latin1').match(/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i) || [])[1];
    const dom = new JSDOM(p.html, { url: url && /^https?:/.test(url) ? url : 'https://example.org/', virtualConsole: quiet });
    const a = new Readability(dom.window.document).parse();
    dom.window.close();
    const body = a && a.content
      ? new JSDOM(a.content.replace(/<\/(p|div|h[1-6]|li|blockquote|figcaption|pre|tr|td|section|article)>|<br\s*\/?>/gi, '$&\n'))
          .window.document.body.textContent.split('\n').map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)
      : [];
    out.push({
      input: { path: p.path, record: 0 },
      title: a ? a.title : null,
      published: a && a.publishedTime ? a.publishedTime : null,
      body: body.map((text) => ({ type: 'paragraph', text })),
      read_also: [],
      related: [],
    });
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
for (const o of out) process.stdout.write(JSON.stringify(o) + '\n');
process.stderr.write(`seconds ${seconds}\ncpu ${(cpu.user + cpu.system) / 1e6}\n`);
