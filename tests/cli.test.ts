import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const VERBS = ['ingest', 'export', 'dates', 'figures', 'facts', 'conflicts', 'audit', 'diff'];

describe('brieftrace --help', () => {
  it('lists every verb, with an example', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const v of VERBS) expect(r.stdout).toContain(v);
    expect(r.stdout).toContain('Examples:');
  });
  for (const verb of VERBS) {
    it(`${verb} --help describes options and shows an example`, () => {
      const r = runCli([verb, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: brieftrace ${verb}`);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout.slice(r.stdout.indexOf('Examples:'))).toMatch(new RegExp(`\\$ .*brieftrace ${verb}`));
    });
  }
});

describe('usage errors exit 2', () => {
  it('unknown verb', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
  });
  it('unknown option', () => {
    expect(runCli(['export', '--nope']).code).toBe(2);
  });
  it('bad --format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-cli-'));
    const r = runCli(['export', '--db', join(dir, 'x.db'), '--out', dir, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "xml"');
  });
  it('bad --dct', () => {
    const r = runCli(['dates', '--dct', '5 Sept'], { input: 'today' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dct');
  });
});

describe('ingest and export on a temporary folder', () => {
  it('stores the good files, names the bad one, exits 1, and exports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-cli-'));
    const src = join(dir, 'in');
    const out = join(dir, 'out');
    const db = join(dir, 'facts.db');
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(src, 'good.txt'),
      'Kyrgyzstan and Georgia\n\nOn 3 May 2019 President Jeenbekov paid a state visit to Tbilisi, where the sides signed 11 documents worth $500 million.\n',
    );
    writeFileSync(join(src, 'empty.md'), '');
    const r = runCli(['ingest', src, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.md: .+/);
    expect(r.stderr).toContain('1 stored');
    const e = runCli(['export', '--db', db, '--out', out, '--format', 'jsonl,md']);
    expect(e.code).toBe(0);
    for (const t of ['events', 'figures', 'entities', 'mentions', 'claims']) {
      expect(existsSync(join(out, `${t}.jsonl`))).toBe(true);
      expect(existsSync(join(out, `${t}.md`))).toBe(true);
    }
    const figures = readFileSync(join(out, 'figures.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(figures.some((f) => f.unit === 'USD' && f.value === 500_000_000)).toBe(true);
  });
});

describe('dates and figures verbs', () => {
  it('dates reads stdin and prints TIMEX3 objects', () => {
    const r = runCli(['dates'], { input: 'Relations were established on 2 October 1995.' });
    expect(r.code).toBe(0);
    const hits = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits).toContainEqual({ start: 30, end: 44, text: '2 October 1995', type: 'DATE', value: '1995-10-02' });
  });
  it('dates --jsonl keeps ids and uses each line\'s dct', () => {
    const input = [JSON.stringify({ id: 'a', text: 'It rained last year.', dct: '2020-05-01' }), JSON.stringify({ id: 'b', text: 'in 1999' })].join('\n');
    const r = runCli(['dates', '--jsonl'], { input });
    expect(r.code).toBe(0);
    const hits = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits).toContainEqual(expect.objectContaining({ id: 'a', text: 'last year', value: '2019' }));
    expect(hits).toContainEqual(expect.objectContaining({ id: 'b', value: '1999' }));
  });
  it('figures reads stdin', () => {
    const r = runCli(['figures'], { input: 'Exports reached $78.4 million in 2021.' });
    expect(r.code).toBe(0);
    const hits = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits).toContainEqual(expect.objectContaining({ text: '$78.4 million', value: 78_400_000, unit: 'USD', approx: null }));
  });
});

describe('facts, conflicts and audit over a database of two disagreeing briefs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bt-cli-q-'));
  const db = join(dir, 'q.db');
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(
    join(dir, 'in', 'a.txt'),
    'Georgia and Turkmenistan\n\nThe two states opened diplomatic relations on 14 July 1993, a year after the Georgian leadership had first proposed it.\n',
  );
  writeFileSync(
    join(dir, 'in', 'b.md'),
    '# Turkmenistan and Georgia\n\nPublished 3 March 2024.\n\nAshgabat and Tbilisi established diplomatic relations on 17 July 1993.\n',
  );

  it('ingests both', () => {
    const r = runCli(['ingest', join(dir, 'in'), '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  });
  it('facts filters by entity alias and date', () => {
    const r = runCli(['facts', '--db', db, '--entity', 'Turkmen', '--from', '1993-07', '--to', '1993']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.date.value).sort()).toEqual(['1993-07-14', '1993-07-17']);
    const none = runCli(['facts', '--db', db, '--from', '1994']);
    expect(none.stdout.trim()).toBe('');
  });
  it('conflicts quotes both sides', () => {
    const r = runCli(['conflicts', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('»');
    expect(r.stdout).toContain('a.txt');
    expect(r.stdout).toContain('b.md');
  });
  it('audit names the backing and the contradicting source', () => {
    const r = runCli(['audit', 'diplomatic relations Georgia Turkmenistan', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/status: conflict/);
    expect(r.stdout).toMatch(/backed by \(1\):/);
    expect(r.stdout).toMatch(/contradicted by \(1\):/);
  });
  it('audit of an unknown claim exits 1; a missing database is a usage error', () => {
    expect(runCli(['audit', 'zzz qqq', '--db', db]).code).toBe(1);
    expect(runCli(['facts', '--db', join(dir, 'none.db')]).code).toBe(2);
  });
});

describe('diff and history after a source changes', () => {
  it('lists what changed between two runs, and keeps the earlier version queryable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-cli-diff-'));
    const db = join(dir, 'd.db');
    const file = join(dir, 'brief.txt');
    writeFileSync(file, 'Mongolia and Kazakhstan\n\nThe presidents met in Ulaanbaatar on 12 May 2016 and signed 7 agreements.\n');
    expect(runCli(['ingest', file, '--db', db]).code).toBe(0);
    writeFileSync(file, 'Mongolia and Kazakhstan\n\nThe presidents met in Ulaanbaatar on 14 May 2016 and signed 9 agreements.\n');
    const second = runCli(['ingest', file, '--db', db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('1 stored');

    const list = runCli(['diff', '--list', '--db', db]);
    expect(list.stdout.trim().split('\n')).toHaveLength(2);

    const d = runCli(['diff', '1', '2', '--db', db, '--format', 'jsonl']);
    expect(d.code, d.stderr).toBe(0);
    const changes = d.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const quotes = changes.map((c) => `${c.change}:${c.row.quote}`);
    expect(quotes.some((q) => /^(added|changed):.*14 May 2016/.test(q))).toBe(true);
    expect(changes.some((c) => c.change === 'removed' && /12 May 2016/.test(c.row.quote)) || changes.some((c) => c.change === 'changed' && /12 May 2016/.test(c.before.quote))).toBe(true);

    const now = runCli(['facts', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(now.every((r) => !/12 May 2016/.test(r.quote))).toBe(true);
    const all = runCli(['facts', '--db', db, '--history']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(all.some((r) => /12 May 2016/.test(r.quote) && r.version.current === false)).toBe(true);
    expect(all.some((r) => /14 May 2016/.test(r.quote) && r.version.current === true)).toBe(true);

    const audit = runCli(['audit', 'agreements Mongolia Kazakhstan', '--history', '--db', db]);
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.stdout).toMatch(/history:\n\s+brief\.txt version [0-9a-f]{12} \(ingested [^)]+\): stated: .*7 agreements/);

    expect(runCli(['diff', '7', '--db', db]).code).toBe(2);
  });
});

describe('careful-user errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bt-cli-err-'));
  const db = join(dir, 'e.db');
  mkdirSync(join(dir, 'folder'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'one.txt'), 'Armenia and Iran\n\nThe two presidents met in Tehran on 9 April 2019 and signed 6 documents.\n');
  writeFileSync(join(dir, 'other.txt'), 'Mongolia and Kazakhstan\n\nA rail link opened on 1 June 2016 between the two states.\n');
  writeFileSync(join(dir, 'not-a-db.db'), 'hello, I am text');

  it('no verb is a usage error', () => {
    expect(runCli([]).code).toBe(2);
  });
  it('export never creates a database', () => {
    const r = runCli(['export', '--db', join(dir, 'typo.db'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no database at');
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
  });
  it('a --db that is not SQLite, or a folder, is a usage error naming it', () => {
    const a = runCli(['ingest', join(dir, 'other.txt'), '--db', join(dir, 'not-a-db.db')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('not-a-db.db');
    expect(runCli(['facts', '--db', join(dir, 'folder')]).code).toBe(2);
  });
  it('a brief ingested from elsewhere is not retired by a run over a folder', () => {
    expect(runCli(['ingest', join(dir, 'other.txt'), '--db', db]).code).toBe(0);
    expect(runCli(['ingest', join(dir, 'folder'), '--db', db]).code).toBe(0);
    const facts = runCli(['facts', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(new Set(facts.map((f) => f.source))).toEqual(new Set(['other.txt', 'one.txt']));
  });
  it('files of other types in a folder are named as skipped, not failed (exit 0)', () => {
    const f = join(dir, 'mixed');
    mkdirSync(f, { recursive: true });
    writeFileSync(join(f, 'brief.txt'), 'Georgia and Armenia\n\nThe two ministers met in Tbilisi on 3 May 2018.\n');
    writeFileSync(join(f, 'notes.docx'), 'not read');
    const r = runCli(['ingest', f, '--db', join(dir, 'mixed.db')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped 1 file that is not \.pdf, \.txt or \.md: .*notes\.docx/);
    expect(r.stderr).toContain('1 stored');
  });
  it('impossible dates, reversed ranges and unknown types are usage errors', () => {
    expect(runCli(['facts', '--db', db, '--from', '2022-13']).code).toBe(2);
    expect(runCli(['facts', '--db', db, '--from', '2022-02-30']).code).toBe(2);
    expect(runCli(['facts', '--db', db, '--from', '2023', '--to', '2021']).code).toBe(2);
    const t = runCli(['facts', '--db', db, '--type', 'vist']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('visit');
    expect(runCli(['dates', '--dct', '2022-13-01'], { input: 'today' }).code).toBe(2);
  });
  it('facts as csv is one table with a kind column', () => {
    const r = runCli(['facts', '--db', db, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('id,')).length).toBe(1);
    expect(lines[0]).toContain('kind');
  });
  it('a bad JSON line is reported and skipped; the others are tagged; exit 1', () => {
    const input = ['{"id":"a","text":"in 1999"}', 'nope', '{"id":"c","text":"in 2001","dct":"2001-02-30"}', '{"id":"d","text":"in 2003"}'].join('\n');
    const r = runCli(['dates', '--jsonl'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stdin line 2: not JSON');
    expect(r.stderr).toContain('stdin line 3');
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'd']);
    expect(runCli(['dates', '--jsonl', 'file.txt'], { input: '' }).code).toBe(2);
  });
  it('a missing text file for dates is an input error (exit 1) naming it', () => {
    const r = runCli(['dates', join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt: no such file');
  });
});
