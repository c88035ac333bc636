import type { CslName } from '../model/csl.js';

const NATIONALITY = /^\s*([\[〔［【（(][\u3400-\u9fff]{1,2}[\]〕］】）)])\s*/u;
const ROLE_ZH = /(?:等)?\s*(?:主编|编著|编译|编选|编|著|撰|整理|校注|点校|译注|译)$/u;

/** Chinese responsibility statements: `[美] 大卫·哈维`, `陆晓娇、张亮`, `张体伟、张玉青`. */
export function parseZhNames(s: string): { names: CslName[]; etAl: boolean } {
  let text = s.trim();
  const etAl = /等$/u.test(text.replace(ROLE_ZH, (m) => (m.startsWith('等') ? '等' : '')));
  text = text.replace(ROLE_ZH, '').replace(/\s*等$/u, '').trim();
  const names: CslName[] = [];
  let shared: string | undefined;
  for (const part of text.split(/\s*[、，,;；]\s*|\s+(?:和|与|及)\s+/u)) {
    let p = part.trim();
    if (!p) continue;
    const nat = NATIONALITY.exec(p);
    if (nat) {
      shared = nat[1]!;
      p = p.slice(nat[0].length).trim();
    }
    if (!p) continue;
    names.push(/^[A-Za-z]/.test(p) ? parseEnName(p) : { literal: p, ...(nat ? { 'x-nationality': nat[1]! } : {}) });
  }
  // A nationality printed once before a list applies to the first person only, as printed.
  void shared;
  return { names, etAl };
}

const PARTICLES = new Set(['van', 'von', 'de', 'des', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'der', 'den', 'ter', 'dos', 'das', 'st.', 'bin', 'al']);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const CORPORATE = /\b(?:Company|Co\.|Inc\.?|Ltd\.?|Corporation|Institute|Association|Society|University|Organi[sz]ation|Bank|Group|Council|Committee|Foundation|Agency|Department|Ministry|Office|Bureau|Center|Centre|Commission|Federation|Union|Press|Forum|Network|Program(?:me)?|Administration|Authority|Board|Academy|Service|Services|OECD|UNESCO|IMF|WHO)\b/;

/** `C. Hughes`, `Atle Mikkola Kjosén`, `D. Della Ratta`, `Hughes, C.` → family/given. */
export function parseEnName(s: string): CslName {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t.includes(',')) {
    const [family, given] = t.split(/\s*,\s*/, 2);
    return { family: family!, given: given! };
  }
  const tokens = t.split(' ');
  const suffix = tokens.length > 2 && SUFFIX.test(tokens[tokens.length - 1]!) ? tokens.pop()! : null;
  if (tokens.length === 1) return { literal: t };
  // The family name is the last word with the particles before it (`D. Della Ratta`, `David J. Des Marais`);
  // everything in front, initials or not, is the given name (`J. Alan Roberson`).
  // `Swingland Ian R.`: printed family-first, as GB/T lists and Chinese notes write Western names.
  if (tokens.length >= 2 && /^[A-Z]\.?$/.test(tokens[tokens.length - 1]!) && !/^[A-Z]\.?$/.test(tokens[0]!)) {
    const inverted: CslName = { family: tokens[0]!, given: tokens.slice(1).join(' ') };
    if (suffix) inverted.suffix = suffix;
    return inverted;
  }
  // After initials every word is the family name (`J. Hacker Hughes`, `N. Carcavilla González`).
  let k = 0;
  while (k < tokens.length - 1 && /^(?:[A-Z]\.)+(?:-[A-Z]\.)?$/.test(tokens[k]!)) k++;
  if (k > 0) {
    const n: CslName = { family: tokens.slice(k).join(' '), given: tokens.slice(0, k).join(' ') };
    if (suffix) n.suffix = suffix;
    return n;
  }
  let f = tokens.length - 1;
  while (f > 1 && PARTICLES.has(tokens[f - 1]!.toLowerCase())) f--;
  const name: CslName = { family: tokens.slice(f).join(' '), given: tokens.slice(0, f).join(' ') };
  if (suffix) name.suffix = suffix;
  return name;
}

/** `C. Hughes and A. Southern`, `N. Dyer-Witheford, Atle Mikkola Kjosén and James Steinhoff`, `McKinsey and Company`. */
export function parseEnNames(s: string): { names: CslName[]; etAl: boolean } {
  let t = s.trim().replace(/[,.]?\s*$/, (m) => (/\b[A-Z]\.$/.test(s.trim()) ? m : ''));
  t = t.replace(/,\s*$/, '');
  const etAl = /\bet al\.?$|\bet\s+al\.?,?$/.test(t);
  t = t.replace(/,?\s*(?:et al\.?|等)$/, '').trim();
  // Without commas a corporate word makes the whole a body (`McKinsey and Company`); in a list each
  // member is judged alone (`…, Mirjam I. Geerlings, and SMART-MR Study Group`).
  if (!t.includes(',') && CORPORATE.test(t)) {
    // Two bodies joined by `and` are two authors; `McKinsey and Company` is one.
    const bodies = t.split(/\s+and\s+/);
    if (bodies.length > 1 && bodies.every((b) => CORPORATE.test(b))) return { names: bodies.map((b) => ({ literal: b })), etAl };
    return { names: [{ literal: t }], etAl };
  }
  const parts = t.split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/).filter(Boolean);
  // `Peyton Z. Peebles, Jr.`: a suffix after a comma belongs to the name before it.
  for (let k = parts.length - 1; k > 0; k--) if (SUFFIX.test(parts[k]!)) parts.splice(k - 1, 2, `${parts[k - 1]} ${parts[k]}`);
  // Inverted first author (`Hughes, C., and A. Southern`): a bare initial part belongs to the one before.
  const merged: string[] = [];
  for (const p of parts) {
    if (/^(?:[A-Z]\.\s*)+$/.test(p) && merged.length && !merged[merged.length - 1]!.includes(',')) merged[merged.length - 1] += `, ${p}`;
    else merged.push(p);
  }
  const names = merged.map((p) => (CORPORATE.test(p) ? { literal: p } : parseEnName(p)));
  // A list of single words (`McKinsey and Company`) is a corporate name, not several people.
  if (names.length > 1 && names.every((n) => n.literal)) return { names: [{ literal: t }], etAl };
  return { names, etAl };
}
