/**
 * Bad input, through the built command line: a folder holding one good brief and every kind of
 * bad file the issue lists. Each bad file either gets one line on stderr naming it and the
 * reason, or is read correctly (its facts are checked); the good brief is stored; the exit
 * code is 1; the database passes integrity_check with every table intact.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { utf16 } from '../helpers/encode.js';
import { TABLES, factsOf, inspectDb, pseudoRandomBytes, renderPdf, textPdf, type DbState } from './helpers.js';

const GOOD = [
  'Water Security in the Andes',
  '',
  'Policy brief, 14 June 2021',
  '',
  'On 4 March 2021, Chile and Argentina signed a water-sharing agreement in Santiago. The accord',
  'commits both governments to fund a joint monitoring agency with $12.5 million over five years.',
  '',
  'Glacier loss has cut summer river flow by 18 percent since 2000, according to the ministry.',
  'Argentina announced on 20 April 2021 that it would build three new reservoirs.',
  '',
].join('\n');

/** Non-ASCII text for the encoding cases (every character exists in Windows-1252). */
const ACCENTED = 'Café owners in Bogotá welcomed the deal — on 9 May 2020, Colombia pledged €4 million to the fund.\n';

const MARKUP =
  '<script>alert("x")</script> <b>Robert\'); DROP TABLE events;--</b> said that on 4 March 2021, ' +
  "Chile and Argentina signed an accord worth $12.5 million. ' OR 1=1; --\n";

const CP1252: Record<string, number> = { 'é': 0xe9, 'á': 0xe1, '—': 0x97, '€': 0x80 };

function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
}


/** A 3 MB file without a single line break: running prose, with a fact at each end. */
function bigSingleLine(): string {
  const words = (
    'the council of regional water agencies will review its budget plan and report back to ' +
    'members about river basins glaciers and long term supply'
  ).split(' ');
  const parts = ['On 4 March 2021, Chile and Argentina signed an accord worth $12.5 million.'];
  let len = 0;
  for (let n = 1; len < 3_000_000; n++) {
    let w = words[(n * 7 + 3) % words.length]!;
    if (n % 23 === 0) w += '.';
    parts.push(w);
    len += w.length + 1;
  }
  parts.push('Rivers fell by 18 percent.');
  return parts.join(' ');
}

let dir: string;
let db: string;
let result: CliResult;
let state: DbState;
const files: Record<string, string> = {};

/** stderr lines that name a file. */
function errorLineFor(name: string): string | undefined {
  return result.stderr.split('\n').find((l) => l.startsWith('brieftrace: ') && l.includes(name));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bt-bad-'));
  const input = join(dir, 'in');
  db = join(dir, 'bt.db');
  const put = (name: string, data: string | Uint8Array): void => {
    files[name] = join(input, name);
    writeFileSync(files[name]!, data);
  };
  mkdirSync(input);
  const goodPdf = await textPdf(GOOD);
  put('good.txt', GOOD);
  put('empty.txt', '');
  put('blank.md', '  \n\t\n   \r\n');
  put('random.pdf', pseudoRandomBytes(4096));
  put('truncated.pdf', goodPdf.subarray(0, Math.floor(goodPdf.length / 2)));
  put('fake.pdf', '%PDF-1.7\nThis is a text file that only pretends.\n%%EOF\n');
  put('encrypted.pdf', await textPdf(GOOD, { userPassword: 'secret', pdfVersion: '1.7' }));
  put(
    'scanned.pdf',
    await renderPdf((doc) => {
      doc.rect(72, 72, 300, 400).fill('#888888');
    }),
  );
  put('brief.docx', 'PK\u0003\u0004 not really a word file');
  put('cp1252.txt', cp1252(ACCENTED));
  put('utf16le.txt', utf16(ACCENTED, false));
  put('utf16be.txt', utf16(ACCENTED, true));
  put('utf16le-nobom.txt', utf16(ACCENTED, false).subarray(2));
  put('utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ACCENTED)]));
  put('crlf.txt', GOOD.replace(/\n/g, '\r\n'));
  put('nul.txt', GOOD.slice(0, 100) + '\u0000\u0000' + GOOD.slice(100));
  put('big.txt', bigSingleLine());
  put('markup.md', MARKUP);
  // A file of an unsupported type inside a folder is skipped (folders hold other files);
  // named on the command line, it is an error.
  result = runCli(['ingest', input, files['brief.docx']!, '--db', db]);
  state = inspectDb(db);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FAILING: [string, RegExp][] = [
  ['empty.txt', /empty file/],
  ['blank.md', /only whitespace/],
  ['random.pdf', /not a PDF/],
  ['truncated.pdf', /truncated PDF/],
  ['fake.pdf', /starts with %PDF- but is not a valid PDF/],
  ['encrypted.pdf', /encrypted PDF/],
  ['scanned.pdf', /no text layer/],
  ['brief.docx', /unsupported file type \.docx/],
  ['nul.txt', /binary data \(NUL bytes\)/],
];

describe('a run over a folder of bad inputs', () => {
  it('exits 1 and stores the good brief', () => {
    expect(result.code, result.stderr).toBe(1);
    expect(state.current.has('good.txt')).toBe(true);
    const good = state.current.get('good.txt')!;
    expect(good.events).toBeGreaterThan(0);
    expect(good.figures).toBeGreaterThan(0);
  });

  for (const [name, reason] of FAILING) {
    it(`${name}: one line on stderr naming the file and the reason; nothing stored`, () => {
      const line = errorLineFor(name);
      expect(line, result.stderr).toBeDefined();
      expect(line).toMatch(reason);
      expect(line).toContain(files[name]);
      expect(state.current.has(name)).toBe(false);
    });
  }

  it('no other file is reported as failed, and the summary counts the failures', () => {
    const named = result.stderr.split('\n').filter((l) => l.startsWith('brieftrace: '));
    expect(named).toHaveLength(FAILING.length);
    expect(result.stderr).toMatch(new RegExp(`${FAILING.length} failed`));
  });

  it('leaves a database that passes integrity_check with every table', () => {
    expect(state.integrity).toBe('ok');
    for (const t of TABLES) expect(state.tables).toContain(t);
  });
});

describe('inputs that are read correctly', () => {
  const gotFacts = (name: string) => factsOf(db, name).map((f) => `${f.kind} ${f.key}`).sort();

  for (const [name, encoding] of [
    ['cp1252.txt', 'windows-1252'],
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf8bom.txt', 'utf-8-bom'],
  ] as const) {
    it(`${name}: decoded as ${encoding}, accents and symbols intact, facts found`, () => {
      const src = state.current.get(name);
      expect(src, result.stderr).toBeDefined();
      expect(src!.encoding).toBe(encoding);
      expect(src!.text).toBe(ACCENTED);
      const facts = factsOf(db, name);
      expect(facts.map((f) => `${f.kind} ${f.key}`)).toEqual(
        expect.arrayContaining(['event economic 2020-05-09', 'figure 4000000 EUR']),
      );
      expect(facts.find((f) => f.kind === 'figure')!.quote).toBe('€4 million');
      for (const f of facts) expect(src!.text.slice(f.start, f.end)).toBe(f.quote);
    });
  }

  it('crlf.txt: the same facts as the LF file, spans into the CRLF text', () => {
    const src = state.current.get('crlf.txt')!;
    expect(src.text).toContain('\r\n');
    expect(gotFacts('crlf.txt')).toEqual(gotFacts('good.txt'));
    const lf = factsOf(db, 'good.txt').map((f) => f.quote).sort();
    const crlf = factsOf(db, 'crlf.txt');
    for (const f of crlf) expect(src.text.slice(f.start, f.end)).toBe(f.quote);
    expect(crlf.map((f) => f.quote.replace(/\r\n/g, '\n')).sort()).toEqual(lf);
  });

  it('big.txt (3 MB on one line): stored whole, with the facts at both ends', () => {
    const src = state.current.get('big.txt')!;
    expect(src).toBeDefined();
    expect(src.text.length).toBeGreaterThan(3_000_000);
    expect(src.text).not.toContain('\n');
    const facts = factsOf(db, 'big.txt');
    expect(facts.map((f) => f.quote)).toEqual(expect.arrayContaining(['$12.5 million', '18 percent']));
    expect(facts.find((f) => f.quote === '18 percent')!.start).toBeGreaterThan(3_000_000);
  });

  it('markup.md: markup and SQL stored as text, never executed', () => {
    const src = state.current.get('markup.md')!;
    expect(src.text).toBe(MARKUP);
    const facts = factsOf(db, 'markup.md');
    expect(facts.map((f) => `${f.kind} ${f.key}`)).toEqual(
      expect.arrayContaining(['event agreement 2021-03-04', 'figure 12500000 USD']),
    );
    // The events table is still there and holds the rows of the other files.
    expect(state.tables).toContain('events');
    expect(factsOf(db, 'good.txt').some((f) => f.kind === 'event')).toBe(true);
  });
});
