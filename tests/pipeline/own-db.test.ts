import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'brieftrace-owndb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a database kept inside the folder being ingested', () => {
  it('is not listed as a skipped input, while other non-brief files are', async () => {
    writeFileSync(join(dir, 'brief.txt'), 'Policy brief, 4 May 2024\n\nKazakhstan and Azerbaijan signed a transit agreement in Baku on 12 March 2024.\n');
    writeFileSync(join(dir, 'notes.docx'), 'not a brief');
    const db = join(dir, 'facts.db');
    const first = await ingestPaths([dir], db, { workers: 0 });
    expect(first.stored).toEqual(['brief.txt']);
    // the second run finds facts.db (and its -wal/-shm files) in the folder
    const second = await ingestPaths([dir], db, { workers: 0 });
    expect(second.unchanged).toEqual(['brief.txt']);
    expect(second.skipped.map((f) => f.slice(dir.length + 1))).toEqual(['notes.docx']);
  });
});
