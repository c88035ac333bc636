import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { decodeText } from './decode.js';

export const extensions = ['.md', '.markdown', '.mdown', '.mkd'];

export function readMarkdown(path: string, bytes: Uint8Array, encodingName?: string): Document {
  const { text, encoding } = decodeText(bytes, path, encodingName);
  const scan = scanManuscript(text, { markdown: true });
  return { path, format: 'markdown', encoding, text, ...scan };
}
