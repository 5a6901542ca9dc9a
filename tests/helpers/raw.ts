/**
 * A brief given as text, as the ingest stage would hand it to analyzeRaw: a .txt file named
 * `<prefix>-<n>.txt` holding the text and a final newline.
 */
import { createHash } from 'node:crypto';
import type { RawInput } from '../../src/core/types.js';

export function rawText(text: string, prefix: string, n: number): RawInput {
  const bytes = Buffer.from(text + '\n');
  const id = `${prefix}-${n}.txt`;
  return { id, path: id, format: 'txt', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
