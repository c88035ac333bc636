import type { Formatter } from './formatter.js';

/**
 * The report registry: format id → module loader, as the rules are listed in `rules/index.ts`. A new
 * format is one module with a `Formatter` as its default export, and one line here. Formats load only
 * when a report is written, so `--help` stays fast.
 */
const LOADERS = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
  html: () => import('./html.js'),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatId = keyof typeof LOADERS;

export const FORMAT_IDS = Object.keys(LOADERS) as FormatId[];

const loaded = new Map<FormatId, Promise<Formatter>>();

/** Loaded once and held: a streamed format is asked for each file's part. */
export function loadFormatter(id: FormatId): Promise<Formatter> {
  let formatter = loaded.get(id);
  if (!formatter) loaded.set(id, (formatter = LOADERS[id]().then((m) => m.default)));
  return formatter;
}
