/**
 * FactKeyTable: the key infos of many facts (a long run's, kept from the files' analysis until
 * its reconcile), held compactly. A plain Map by factKeyId costs about 700 bytes a fact (a long
 * name string with the version's sha256, an info object, its claim key, subject array and
 * strings, each fact's own copies); here facts are filed under their version (one name string
 * per version, the fact id alone per fact), and equal claim keys, word lists and infos are
 * shared (facts of one group mostly have equal infos), so a fact costs about its map entry and
 * id. get gives back an info equal (as a value) to the one set; shared infos must not be
 * mutated (reconcile only reads them).
 */
import type { ClaimKey } from '../core/types.js';
import type { FactKeyInfo, FactKeys } from './index.js';

/** Infos compared for sharing within one claim key; beyond this many, new ones stay unshared. */
const MAX_VARIANTS = 32;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Equal infos whose claim key is the same object: every field alike (word lists by content;
 * a field holding any other object, which infos do not have today, is never taken as alike).
 */
function sameInfo(a: FactKeyInfo, b: FactKeyInfo): boolean {
  if (a.key !== b.key || !sameWords(a.words, b.words)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const k of ka) {
    if (k === 'key' || k === 'words') continue;
    if (!(k in y)) return false;
    const v = x[k];
    if (v !== y[k] || (typeof v === 'object' && v !== null)) return false;
  }
  return true;
}

/** A name for a claim key that tells apart everything a key can hold (an absent qualifier too). */
function keySignature(k: ClaimKey): string {
  const q = 'qualifier' in k ? (k.qualifier === undefined ? '\u0002u' : k.qualifier === null ? '\u0002n' : `\u0002s${k.qualifier}`) : '\u0002-';
  return `${k.subject.join('\u0001')}\u0000${k.predicate}\u0000${q}\u0000${Object.keys(k).length}`;
}

export class FactKeyTable implements FactKeys {
  /** `kind\0source\0sha256` -> fact id -> info. */
  private readonly byVersion = new Map<string, Map<string, FactKeyInfo>>();
  private readonly keys = new Map<string, { key: ClaimKey; infos: FactKeyInfo[] }>();
  private readonly words = new Map<string, string[]>();
  private count = 0;

  /** Facts held. */
  get size(): number {
    return this.count;
  }

  private static split(factKeyId: string): [string, string] {
    const cut = factKeyId.lastIndexOf('\u0000');
    return [factKeyId.slice(0, cut), factKeyId.slice(cut + 1)];
  }

  private share(info: FactKeyInfo): FactKeyInfo {
    const sig = keySignature(info.key);
    let entry = this.keys.get(sig);
    if (!entry) this.keys.set(sig, (entry = { key: info.key, infos: [] }));
    let words = info.words;
    if (words.length > 0) {
      const w = words.join('\u0001');
      const have = this.words.get(w);
      if (have) words = have;
      else this.words.set(w, words);
    }
    const candidate: FactKeyInfo = { ...info, key: entry.key, words };
    for (const v of entry.infos) if (sameInfo(v, candidate)) return v;
    if (entry.infos.length < MAX_VARIANTS) entry.infos.push(candidate);
    return candidate;
  }

  /** Files the info of the fact named `factKeyId` (see factKeyId). */
  set(factKeyId: string, info: FactKeyInfo): void {
    const [version, id] = FactKeyTable.split(factKeyId);
    let facts = this.byVersion.get(version);
    if (!facts) this.byVersion.set(version, (facts = new Map()));
    if (!facts.has(id)) this.count++;
    facts.set(id, this.share(info));
  }

  get(factKeyId: string): FactKeyInfo | undefined {
    const [version, id] = FactKeyTable.split(factKeyId);
    return this.byVersion.get(version)?.get(id);
  }

  /** get, and forgets the fact (a long run's reconcile reads each info once). */
  take(factKeyId: string): FactKeyInfo | undefined {
    const [version, id] = FactKeyTable.split(factKeyId);
    const facts = this.byVersion.get(version);
    const info = facts?.get(id);
    if (info !== undefined) {
      facts!.delete(id);
      this.count--;
      if (facts!.size === 0) this.byVersion.delete(version);
      if (this.count === 0) {
        this.keys.clear();
        this.words.clear();
      }
    }
    return info;
  }
}
