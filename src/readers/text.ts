import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { decodeText } from './decode.js';

export const extensions = ['.txt', '.text'];

export function readText(path: string, bytes: Uint8Array, encodingName?: string): Document {
  const { text, encoding } = decodeText(bytes, path, encodingName);
  const scan = scanManuscript(text, { markdown: false });
  return { path, format: 'text', encoding, text, ...scan };
}
