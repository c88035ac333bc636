import type { FieldConfidence } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';

/** What a form-specific parser hands back to the dispatcher; offsets are relative to the string it was given. */
export interface Draft {
  item: CslItem;
  confidence: Record<string, FieldConfidence>;
  spans: Record<string, { start: number; end: number }>;
  locator: string | null;
  locatorRaw: string | null;
  failure?: string;
}

export function emptyDraft(language: 'zh-CN' | 'en-US'): Draft {
  return { item: { id: '', type: 'book', language }, confidence: {}, spans: {}, locator: null, locatorRaw: null };
}
