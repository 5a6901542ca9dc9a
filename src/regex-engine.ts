/**
 * Tells V8 to compile every regular expression to machine code at its first use, rather than
 * interpreting it first and compiling it after some uses ("tier-up"). The analysis stages scan
 * each brief with a few large alternations (the trigger lexicon, the date rules); V8 drops their
 * compiled code at garbage collections and, with tier-up, runs them in its bytecode interpreter
 * again until they are hot, which made the trigger scan several times slower in a long run
 * (profile:analysis: 1,045 ms/MB with tier-up, 434 ms/MB without). V8 flags are process-wide, so
 * this also holds in the worker threads. Imported for its effect by src/pipeline.ts, before any
 * brief is analysed.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
