import type { CslItem, CslName } from '../../model/csl.js';

/**
 * A Chinese note prints no type code: a work with no container is read as a book until its title, its
 * issuing body or its missing imprint says otherwise. These are the tell-tale signs, in order.
 */
const PROCEEDINGS = /论文集|会议录|研讨会|年会/u;
const DATASET_TITLE = /数据集|数据库$|数据(?:[:：].*)?$/u;
const DATASET_BODY = /数据中心|数据平台|Data Bank|数据仓储/u;
// Maps name themselves: 《沈阳市政区图》, 《中国历史地图集》.
const MAP_TITLE = /(?:地图|图集|图册|(?:地形|地势|地质|政区|区划|地名|交通|行政)图|[省市县区国]图)$/u;
const LETTER_TITLE = /致.{1,20}(?:电|函|书|信)$|^奏.*事$|给.{1,20}的信$/u;
const OFFICIAL_TITLE = /(?:布告|训令|文告|通令|呈文|公函|批复|指令|咨文)$/u;
const PREPRINT_SERVER = /^(?:SSRN|预印本)|Xiv$/iu;
const PATENT_TITLE = /^一种|(?:装置|方法|设备|系统及方法|节电器|控制器)$/u;
const REPORT_TITLE = /报告|白皮书|蓝皮书/u;
const STANDARD_TITLE = /(?:规范|标准|编码字符集)$|^信息(?:技术|与文献)\s/u;
const LAW_TITLE =
  /(?:法|法典|条例|规定|办法|决定|解释|修正案|规则|通知|意见|纲要|章程)(?:[（(][^（）()]{1,12}[）)])?$/u;
const STANDARD_BODY = /(?:委员会|局|部|院)$/u;

function bodyName(list: CslName[] | undefined): string {
  return (list ?? []).map((n) => n.literal ?? n.family ?? '').join('、');
}

/** The CSL type a part (载/见 …《书》, or `编者主编：《书》`) takes from its host. */
export function partType(container: string | undefined): CslItem['type'] {
  return PROCEEDINGS.test(container ?? '') ? 'paper-conference' : 'chapter';
}

export function refineType(it: CslItem): void {
  const title = it.title ?? '';
  const publisher = typeof it.publisher === 'string' ? it.publisher : '';
  if (it.type === 'book' && it.URL && !publisher) it.type = 'webpage';
  if (it.type === 'book' && (DATASET_TITLE.test(title) || DATASET_BODY.test(publisher))) it.type = 'dataset';
  else if (it.type === 'book' && MAP_TITLE.test(title)) it.type = 'map';
  else if ((it.type === 'book' || it.type === 'manuscript') && !publisher) {
    // Archival papers: official documents and letters cited with a year (and a holding archive) only.
    if (LETTER_TITLE.test(title) && (it.type === 'manuscript' || it.archive)) it.type = 'personal_communication';
    else if (OFFICIAL_TITLE.test(title)) it.type = 'manuscript';
  } else if (it.type === 'book' && PREPRINT_SERVER.test(publisher)) it.type = 'article';
  // `《公司法》`, `《刑法修正案（十）》`, `《国务院关于…的通知》` alone: a law, a regulation or an official notice.
  if (it.type === 'book' && !publisher && !it.author && !it.editor && LAW_TITLE.test(title)) it.type = 'legislation';
  // Only a title and a year: a report, a standard or a patent says so in its title or its issuing body.
  if (it.type === 'book' && !publisher && it.issued) {
    if (PATENT_TITLE.test(title)) it.type = 'patent';
    else if (REPORT_TITLE.test(title)) it.type = 'report';
    else if (STANDARD_TITLE.test(title) && STANDARD_BODY.test(bodyName(it.author))) it.type = 'standard';
  }
}
