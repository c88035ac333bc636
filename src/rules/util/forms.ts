import type { Form } from '../../model/diagnostic.js';
import type { RuleContext } from '../../model/rule.js';

/**
 * Collects which notes show which form of one thing (a spelling, a bracket style) and turns the
 * collection into the `forms` of a consistency diagnostic, most frequent form first.
 */
export class FormTally {
  /** Place ids by form, in the order first seen (a set: a form can occur in thousands of places). */
  private readonly byForm = new Map<string, Set<string>>();
  private readonly shown = new Map<string, string>();

  /** `form` is what is compared; `display`, when given, is how the form is shown (first one seen wins). */
  add(form: string, placeId: string, display?: string): void {
    let ids = this.byForm.get(form);
    if (!ids) this.byForm.set(form, (ids = new Set()));
    ids.add(placeId);
    if (display !== undefined && !this.shown.has(form)) this.shown.set(form, display);
  }

  /** The compared form that occurs in most places (ties: first seen), as `forms()` orders them. */
  dominant(): string | undefined {
    let best: string | undefined;
    let n = -1;
    for (const [form, ids] of this.byForm) if (ids.size > n) [best, n] = [form, ids.size];
    return best;
  }

  get size(): number {
    return this.byForm.size;
  }

  /** Forms ordered by how often they occur, ties by first occurrence. */
  forms(ctx: RuleContext): Form[] {
    return [...this.byForm.entries()]
      .map(([text, ids], order) => ({ text, ids: [...ids], order }))
      .sort((a, b) => b.ids.length - a.ids.length || a.order - b.order)
      .map(({ text, ids }) => ({
        text: this.shown.get(text) ?? text,
        noteIds: ids,
        places: ids.map((id) => ctx.place(id)),
      }));
  }
}

/** Ids of the places that deviate from the dominant (first) form. */
export function minorityIds(forms: Form[]): string[] {
  return forms.slice(1).flatMap((f) => f.noteIds);
}
