import type { CslItem } from '../model/csl.js';

/** How a work is named in messages, in its own language: `《马克思恩格斯文集》第8卷`, `“Inhuman Power”`. */
export function describeWork(item: CslItem): string {
  const title = item.title ?? item['container-title'] ?? item.URL ?? '?';
  if (item.language === 'zh-CN') return `《${title}》${item.volume ? `第${item.volume}卷` : ''}`;
  return `“${title}”${item.volume ? `, vol. ${item.volume}` : ''}`;
}
