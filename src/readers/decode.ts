import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from '../util/errors.js';

/** Largest manuscript read whole; beyond this a file is almost certainly not a manuscript. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
}

/** Encodings `--encoding` accepts, mapped to the WHATWG decoder that reads them (GB18030 ⊃ GBK ⊃ GB2312). */
export const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  big5: 'big5',
};

// The commonest characters of Chinese prose, simplified and traditional: text decoded with the right
// table is full of them, mojibake from the wrong one is not.
const COMMON = new Set(
  [
    ...('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵' +
      '個們來說為國時會對後過發動這種見當還經說學開關長頭實現無機點問業進將萬與體產應電們'),
  ].filter((c) => /\p{Script=Han}/u.test(c)),
);

/**
 * How much a decoding reads like Chinese: the share of its Han characters that are common ones, less
 * the share of characters a wrong table produces (kana, hangul, box drawing, private use, Greek and
 * Cyrillic) among all non-ASCII characters.
 */
function chineseScore(text: string): number {
  let han = 0;
  let common = 0;
  let odd = 0;
  let wide = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    wide++;
    if (code >= 0x3400 && code <= 0x9fff) {
      han++;
      if (COMMON.has(text[i]!)) common++;
    } else if (
      (code >= 0x3040 && code <= 0x30ff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0x2500 && code <= 0x257f) ||
      (code >= 0xe000 && code <= 0xf8ff) ||
      (code >= 0x0370 && code <= 0x04ff) ||
      (code >= 0xff61 && code <= 0xff9f)
    ) {
      odd++;
    }
  }
  if (han === 0) return 0;
  return common / han - 2 * (odd / wide);
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a text manuscript: UTF-8 (with or without BOM), UTF-16 with BOM, and — when the bytes are
 * not UTF-8 — GB18030/GBK/GB2312 or Big5, chosen by which reading yields ordinary Chinese. `forced`
 * (from `--encoding`) skips detection. An encoding that cannot be determined is refused, not guessed.
 */
export function decodeText(bytes: Uint8Array, file: string, forced?: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  if (forced) {
    const label = ENCODINGS[forced.toLowerCase()];
    if (!label)
      throw new InputError(file, `unknown encoding '${forced}' (supported: ${Object.keys(ENCODINGS).join(', ')})`);
    const text = tryDecode(bytes, label);
    if (text === null) throw new InputError(file, `not valid ${forced}`);
    return { text: text.replace(/^\ufeff/, ''), encoding: forced.toLowerCase() };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new InputError(file, 'not a text file (binary content)');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // isUtf8 validates with SIMD; decoding after it is several times faster than a fatal TextDecoder.
  const body = bom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) return decodeChinese(bytes, file);
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes never occur in UTF-8 text; scanning the first 8 KB is enough to tell.
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** Not UTF-8: the legacy Chinese encodings, decided by which one reads as ordinary Chinese. */
function decodeChinese(bytes: Uint8Array, file: string): Decoded {
  const gb = tryDecode(bytes, 'gb18030');
  const big5 = tryDecode(bytes, 'big5');
  const gbScore = gb === null ? -1 : chineseScore(gb);
  const big5Score = big5 === null ? -1 : chineseScore(big5);
  const best =
    gbScore >= big5Score
      ? { text: gb, encoding: 'gb18030', score: gbScore }
      : { text: big5, encoding: 'big5', score: big5Score };
  // Ordinary Chinese prose has well over a third of its characters among the commonest ones.
  if (best.text === null || best.score < 0.2) {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      file,
      `invalid UTF-8 at byte ${at}, and not recognisably GB18030 or Big5 either; give --encoding`,
    );
  }
  return { text: best.text, encoding: best.encoding };
}
