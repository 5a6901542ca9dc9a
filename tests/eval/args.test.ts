import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptArgs, tryParse } from '../../src/eval/args.js';

describe('tryParse', () => {
  const spec = { flags: ['quiet', 'no-write'], values: ['runs'] };

  it('reads flags and values', () => {
    const r = tryParse(['--quiet', '--runs', '3'], spec);
    expect(typeof r).not.toBe('string');
    if (typeof r === 'string') return;
    expect(r.flag('quiet')).toBe(true);
    expect(r.flag('no-write')).toBe(false);
    expect(r.value('runs')).toBe('3');
  });

  it('names an unknown option, so a mistyped option never runs with the defaults', () => {
    expect(tryParse(['--no-wirte'], spec)).toMatch(/--no-wirte/);
  });

  it('names an option whose value is missing', () => {
    expect(tryParse(['--runs'], spec)).toMatch(/--runs/);
  });

  it('refuses positionals unless allowed, and keeps them when allowed', () => {
    expect(typeof tryParse(['extra'], spec)).toBe('string');
    const r = tryParse(['dir'], { positionals: true });
    expect(typeof r === 'string' ? r : r.positionals).toEqual(['dir']);
  });
});

describe('scriptArgs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the usage and exits 0 on --help', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => scriptArgs(['--help'], {}, 'usage: x')).toThrow('exit 0');
    expect(exit).toHaveBeenCalledWith(0);
    expect(out).toHaveBeenCalledWith('usage: x\n');
  });

  it('prints the reason and the usage on stderr and exits 2 on a mistake', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => scriptArgs(['--bogus'], { flags: ['quiet'] }, 'usage: x')).toThrow('exit 2');
    expect(String(err.mock.calls[0]?.[0])).toMatch(/--bogus[\s\S]*usage: x/);
  });
});
