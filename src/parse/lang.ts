import type { Lang } from '../model/citation.js';

const URL_RUN = /(?:https?|ftp):\/\/\S+/g;
const LONE_MARKERS = /[等译]/gu;

function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

/** Language of a reference: Chinese when its core (links aside) has Chinese characters. */
export function detectLang(s: string): Lang {
  if (!hasCjk(s)) return 'en';
  if (s.indexOf('等') === -1 && s.indexOf('译') === -1 && s.indexOf('://') === -1) return 'zh';
  // 等 and 译 alone do not make an English reference Chinese (`A. Smith 等` is a mixed-up English one),
  // nor does a Chinese word inside a link.
  return hasCjk(s.replace(URL_RUN, '').replace(LONE_MARKERS, '')) ? 'zh' : 'en';
}
