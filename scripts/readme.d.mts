export function rulesTable(): Promise<string>;
export function sampleOutput(): string;
export function replaceSection(text: string, name: string, body: string): string;
export function evalTable(): string | null;
