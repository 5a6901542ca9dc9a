/** Trigger-type views of a sentence, shared by the event-typing tests. */
import { findTriggers } from '../../src/extract/events/index.js';

/** The types of the triggers whose text contains `word`. */
export function typesOf(text: string, word: string): string[] {
  return findTriggers(text)
    .filter((t) => t.text.includes(word))
    .map((t) => t.type);
}

/** All trigger types of a sentence. */
export function allTypes(text: string): string[] {
  return findTriggers(text).map((t) => t.type);
}
