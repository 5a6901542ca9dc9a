/** Small hand-made ResolvedDocs for store/export/reconcile tests (own sentences). */
import { createHash } from 'node:crypto';
import type { DateValue, EventRow, FigureRow, MentionRow, ResolvedDoc } from '../../src/core/types.js';

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function dateValue(value: string, start: string, end: string, granularity: DateValue['granularity'] = 'day'): DateValue {
  return { value, start, end, granularity, inferred: false };
}

function prov(id: string, source: string, text: string, quote: string, rule: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  const line = text.slice(0, start).split('\n').length;
  return { id, source, sha256: sha(text), span: { start, end: start + quote.length }, page: null, line, quote, rule };
}

export interface DocOpts {
  id?: string;
  text?: string;
  published?: string | null;
}

export const DEFAULT_TEXT = [
  'Brief on Nordic ties',
  'Norway and Iceland opened an embassy in Reykjavik on 4 March 2003.',
  'Trade between Norway and Iceland reached $12.5 million in 2010.',
  'A <script>alert(1)</script> tag and the text \'; DROP TABLE events; -- stay text | with a pipe.',
].join('\n');

/** A resolved doc with one event, one figure (and a range figure), two mentions, entities. */
export function makeDoc(opts: DocOpts = {}): ResolvedDoc {
  const id = opts.id ?? 'nordic.txt';
  const text = opts.text ?? DEFAULT_TEXT;
  const has = (q: string) => text.includes(q);
  const events: EventRow[] = [];
  const figures: FigureRow[] = [];
  const mentions: MentionRow[] = [];
  if (has('opened an embassy in Reykjavik on 4 March 2003')) {
    events.push({
      ...prov(`ev_${sha(text).slice(0, 6)}_1`, id, text, 'opened an embassy in Reykjavik on 4 March 2003', 'events/opening'),
      type: 'diplomatic',
      date: dateValue('2003-03-04', '2003-03-04', '2003-03-04'),
      actors: ['Norway', 'Iceland'],
      where: 'Reykjavik',
      trigger: 'opened',
      planned: false,
    });
  }
  if (has('$12.5 million in 2010')) {
    figures.push({
      ...prov(`fig_${sha(text).slice(0, 6)}_1`, id, text, '$12.5 million in 2010', 'figures/money'),
      value: 12_500_000,
      unit: 'USD',
      approx: null,
      measure: 'trade between Norway and Iceland',
      date: dateValue('2010', '2010-01-01', '2010-12-31', 'year'),
      entities: ['Norway', 'Iceland'],
      text: '$12.5 million',
    });
  }
  if (has("DROP TABLE")) {
    figures.push({
      ...prov(`fig_${sha(text).slice(0, 6)}_2`, id, text, "DROP TABLE events; -- stay text | with a pipe", 'figures/range'),
      value: [1, 2.5],
      unit: 'count',
      approx: 'about',
      measure: null,
      date: null,
      entities: [],
      text: "'; DROP TABLE events; --",
    });
  }
  for (const [n, name] of [
    ['Norway', 'Norway'],
    ['Iceland', 'Iceland'],
  ] as const) {
    if (has(n)) mentions.push({ ...prov(`men_${n}_${sha(text).slice(0, 6)}`, id, text, n, 'entities/gazetteer'), entity: name });
  }
  return {
    source: {
      id,
      path: `sources/${id}`,
      sha256: sha(text),
      format: 'txt',
      encoding: 'utf-8',
      text,
      pages: [],
      bytes: Buffer.byteLength(text),
    },
    documentDate: { value: opts.published === undefined ? '2011-05-01' : opts.published, method: 'header', span: null },
    entities: [
      { name: 'Norway', kind: 'country', aliases: ['Norway', 'Norwegian'] },
      { name: 'Iceland', kind: 'country', aliases: ['Iceland'] },
    ],
    mentions,
    events,
    figures,
  };
}
