// citation-js ships no type declarations; these cover what citeaudit uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): { format: Record<string, unknown> } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
