import type { Message } from '../model/rule.js';

/** Lines of `citeaudit config --print`. */
export const CONFIG_PRINT = {
  configuration: { en: 'configuration', zh: '配置文件' },
  noConfiguration: { en: "none found: citeaudit's defaults", zh: '未找到，使用 citeaudit 的默认设置' },
  norm: { en: 'norm', zh: '规范' },
  detected: { en: 'recognised from the document ("auto": {{source}})', zh: '根据文稿识别（"auto"：{{source}}）' },
  rules: { en: 'rules', zh: '规则' },
  ignore: { en: 'ignore', zh: '忽略' },
  none: { en: '(none)', zh: '（无）' },
  catalog: { en: 'catalog', zh: '文献库' },
  inline: { en: 'inline comments', zh: '行内注释' },
  default: { en: 'default', zh: '默认' },
  option: { en: 'command line {{option}}', zh: '命令行 {{option}}' },
  normDefault: { en: 'default of norm {{norm}}', zh: '规范 {{norm}} 的默认级别' },
  notOfNorm: { en: 'not a rule of norm {{norm}}', zh: '不属于规范 {{norm}}' },
  noNormDefault: { en: 'default where no norm is recognised', zh: '未识别规范时的默认级别' },
  noNormOff: { en: 'not run where no norm is recognised', zh: '未识别规范时不运行' },
} satisfies Record<string, Message>;

/** What is said about the inline configuration comments of a manuscript (`citeaudit-disable…`). */
export const INLINE = {
  line: { en: 'line {{line}}', zh: '第 {{line}} 行' },
  fileLine: { en: '{{file}}, line {{line}}', zh: '{{file}} 第 {{line}} 行' },
  unknownRule: {
    en: "{{where}}: citeaudit-{{directive}}: unknown rule '{{rule}}'{{hint}}",
    zh: "{{where}}：citeaudit-{{directive}} 中的规则 '{{rule}}' 不存在{{hint}}",
  },
  unknownDirective: {
    en: "{{where}}: unknown comment 'citeaudit-{{directive}}'{{hint}}",
    zh: "{{where}}：无法识别的注释 'citeaudit-{{directive}}'{{hint}}",
  },
  didYouMean: { en: ' (did you mean {{names}}?)', zh: '（是否应为 {{names}}？）' },
  seeRules: { en: " (see 'citeaudit rules')", zh: "（见 'citeaudit rules'）" },
  known: { en: ' (known: {{names}})', zh: '（可用：{{names}}）' },
} satisfies Record<string, Message>;
