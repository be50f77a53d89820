// The command line: the measuring command's format, extract, and ingest's exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], { input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
// (the measuring command as npm runs it: bundled by bin/extract.mjs, then run)
const extract = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/extract.mjs', ...args], { input, encoding: 'utf8' });

describe('npm run extract (the measuring command)', () => {
  it('reads JSONL and writes one {id, quotes} line per article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', text: '„Wir kommen wieder“, sagte Eva Muster am Montag.', lang: 'de', published_at: '2025-06-04' }),
      JSON.stringify({ id: 'b', text: 'No quotes here.' }),
    ].join('\n'));
    const r = extract([file]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
    assert.deepEqual(lines[0].quotes.map((q: any) => [q.type, q.spans, q.speaker.name, q.date]), [['direct', [{ start: 1, end: 18 }], 'Eva Muster', '2025-06-02']]);
    assert.deepEqual(lines[1].quotes, []);
  });
  it('a bad line is one message on stderr and a non-zero exit; the other lines still come out', () => {
    const r = extract(['-'], '{"id":1,"text":"Hallo."}\nnot json\n');
    assert.equal(r.status, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stderr.trim(), /^extract: -: line 2: not JSON$/u);
  });
  it('several files come out one after the other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-extract-'));
    const a = join(dir, 'a.jsonl'), b = join(dir, 'b.jsonl');
    writeFileSync(a, JSON.stringify({ id: 'a1', text: 'Nothing.' }) + '\n' + JSON.stringify({ id: 'a2', text: 'Nothing.' }));
    writeFileSync(b, JSON.stringify({ id: 'b1', text: '"Done," she said.' }));
    const r = extract([a, b]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['a1', 'a2', 'b1']);
  });
  it('a missing file is a one-line error', () => {
    const r = extract(['/nonexistent.jsonl']);
    assert.notEqual(r.status, 0);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});

describe('saidwhat', () => {
  it('extract - prints the quotes of standard input', () => {
    const r = run(['src/cli/main.ts', 'extract', '-'], '"We are done," said Mayor Maria Example.');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.lang, 'en');
    assert.equal(out.quotes[0].speaker.name, 'Maria Example');
  });
  it('an unknown command is a usage error', () => {
    const r = run(['src/cli/main.ts', 'frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command/u);
  });
  it('ingest stores good files, reports bad ones, and exits non-zero if any failed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'a.txt'), '„Wir bauen die Brücke“, sagte Bürgermeisterin Jana Beispiel am Dienstag.');
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ text: '"It works," said Tom Sample.', lang: 'en' })}\n${JSON.stringify({ text: '' })}\n`);
    const env: Record<string, string> = process.env.DATABASE_URL ? {} : { SAIDWHAT_DATA_DIR: join(dir, 'data') };
    const r = run(['src/cli/main.ts', 'ingest', join(dir, 'a.txt'), join(dir, 'b.jsonl'), join(dir, 'missing.json')], undefined, env);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /3 articles: 2 stored, 0 already there, 2 failed/u);
    const again = run(['src/cli/main.ts', 'ingest', join(dir, 'a.txt')], undefined, env);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /1 articles: 0 stored, 1 already there, 0 failed/u);
  });
});
