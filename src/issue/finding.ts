import type { IssueForm } from '../model/issue.js';

/** A cross-article finding before the severity and message are given to it. */
export interface Finding {
  ruleId: string;
  messageId: string;
  data: Record<string, unknown>;
  forms: IssueForm[];
}

/**
 * Collects which places of which articles print which form, and turns them into `IssueForm`s: most
 * widespread form first (by articles, then places), ties in order of first appearance.
 */
export class ArticleTally {
  private readonly byForm = new Map<string, { text: string; articles: Set<number>; places: Set<string> }>();

  /** `paths`: the articles, by index. */
  constructor(private readonly paths: string[]) {}

  /** `place`: the note or entry as the report names it (`第2页注①`, `note ① on p. 2`). */
  add(formKey: string, text: string, article: number, place: string): void {
    let f = this.byForm.get(formKey);
    if (!f) this.byForm.set(formKey, (f = { text, articles: new Set(), places: new Set() }));
    f.articles.add(article);
    f.places.add(`${this.paths[article]} ${place}`);
  }

  get size(): number {
    return this.byForm.size;
  }

  forms(): IssueForm[] {
    return [...this.byForm.values()]
      .map((f, order) => ({ f, order }))
      .sort((a, b) => b.f.articles.size - a.f.articles.size || b.f.places.size - a.f.places.size || a.order - b.order)
      .map(({ f }) => ({
        text: f.text,
        articles: [...f.articles].sort((x, y) => x - y).map((k) => this.paths[k]!),
        places: [...f.places],
      }));
  }
}

/** Articles are named in the message, a few per form; the data keeps them all. */
const SHOWN = 5;

/** `“2009” (a.md, b.md); “2012” (c.md)`: the forms of a finding as its message shows them. */
export function describeForms(forms: IssueForm[], lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  return forms
    .map((f) => {
      const names = f.articles.slice(0, SHOWN).join(zh ? '、' : ', ');
      const more =
        f.articles.length > SHOWN ? (zh ? `等${f.articles.length}篇` : ` and ${f.articles.length - SHOWN} more`) : '';
      return zh ? `“${f.text}”（${names}${more}）` : `“${f.text}” (${names}${more})`;
    })
    .join(zh ? '；' : '; ');
}
