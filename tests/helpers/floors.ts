import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/** The floors of `src/`, top to bottom: each a list of folder names side by side. */
export type Floors = string[][];

/** Reads `cli → engine → issue → formatters, exporters → … → model` into floors. */
export function parseFloors(line: string): Floors {
  return line.split('→').map((floor) => floor.split(',').map((room) => room.trim().replace(/`/g, '')));
}

/** Every `.ts` file below `root`, by its path relative to `root`, with its text. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) files.set(relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** The project files a file imports (static, type-only and dynamic `import()`), as paths relative to the same root. */
export function importsOf(path: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => normalize(join(dirname(path), name)).replace(/\.js$/, '.ts'));
}

export interface Violation {
  from: string;
  to: string;
  why: string;
}

/** What breaks the floors: a file importing from a higher floor, a file in no floor, and every import loop. */
export function floorViolations(files: Map<string, string>, floors: Floors): Violation[] {
  const level = new Map(floors.flatMap((rooms, k) => rooms.map((room) => [room, k] as const)));
  const floorOf = (path: string) => level.get(path.split(/[\\/]/)[0] ?? '');
  const out: Violation[] = [];
  const graph = new Map<string, string[]>();
  for (const [from, text] of files) {
    const targets = importsOf(from, text).filter((to) => files.has(to));
    graph.set(from, targets);
    const own = floorOf(from);
    if (own === undefined) {
      out.push({ from, to: '', why: 'its folder is on no floor' });
      continue;
    }
    for (const to of targets) {
      const theirs = floorOf(to);
      if (theirs !== undefined && theirs < own) out.push({ from, to, why: 'imports from a higher floor' });
    }
  }
  for (const loop of loops(graph))
    out.push({ from: loop[0] ?? '', to: loop.join(' → '), why: 'closes an import loop' });
  return out;
}

/** The strongly connected components of more than one file (or a file importing itself), by Tarjan's algorithm. */
function loops(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
