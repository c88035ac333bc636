import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorViolations, parseFloors, readSources } from '../helpers/floors.js';

// The order is written once, in the README's development section; this test holds the code to it.
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const FLOOR_LINE = /^Floors, top to bottom: (.+)$/m.exec(README)?.[1] ?? '';
const FLOORS = parseFloors(FLOOR_LINE);
const SRC = new URL('../../src/', import.meta.url).pathname;

describe('the floors of src/', () => {
  it('are written in the README', () => {
    expect(FLOORS.flat()).toEqual(expect.arrayContaining(['cli', 'engine', 'rules', 'parse', 'util', 'model']));
  });

  it('every import points down or sideways, and no import closes a loop', () => {
    expect(floorViolations(readSources(SRC), FLOORS)).toEqual([]);
  });

  it('an upward import planted in the tree is caught', () => {
    const files = readSources(SRC);
    files.set('model/planted.ts', "import { runCheck } from '../cli/check.js';\nexport const x = runCheck;\n");
    expect(floorViolations(files, FLOORS)).toEqual([
      { from: 'model/planted.ts', to: 'cli/check.ts', why: 'imports from a higher floor' },
    ]);
  });

  it('a dynamic or type-only import counts as well', () => {
    const files = readSources(SRC);
    files.set('util/planted.ts', "export async function f() {\n  return import('../rules/index.js');\n}\n");
    files.set('parse/planted.ts', "import type { Work } from '../notes/works.js';\nexport type W = Work;\n");
    expect(floorViolations(files, FLOORS).map((v) => `${v.from} → ${v.to}`)).toEqual([
      'util/planted.ts → rules/index.ts',
      'parse/planted.ts → notes/works.ts',
    ]);
  });

  it('a loop between two files of one floor is caught', () => {
    const files = readSources(SRC);
    files.set('rules/planted-a.ts', "import { b } from './planted-b.js';\nexport const a = () => b;\n");
    files.set('rules/planted-b.ts', "import { a } from './planted-a.js';\nexport const b = () => a;\n");
    expect(floorViolations(files, FLOORS)).toEqual([
      { from: 'rules/planted-a.ts', to: 'rules/planted-a.ts → rules/planted-b.ts', why: 'closes an import loop' },
    ]);
  });

  it('a folder on no floor is caught', () => {
    const files = readSources(SRC);
    files.set('misc/planted.ts', 'export const x = 1;\n');
    expect(floorViolations(files, FLOORS)).toEqual([
      { from: 'misc/planted.ts', to: '', why: 'its folder is on no floor' },
    ]);
  });
});
