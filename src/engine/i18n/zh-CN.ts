// 问题说明（简体中文）。
import type { MessageTable } from './messages';

const fmt = (v: string | number | undefined): string => String(v ?? '');
const bound = (p: Readonly<Record<string, string | number>>, key: 'minimum' | 'maximum'): string => {
  if (p.origin === 'array') return `${fmt(p[key])} 项`;
  if (p.origin === 'string') return `${fmt(p[key])} 个字符`;
  if (p.origin === 'depth') return `${fmt(p[key])} 层嵌套`;
  if (p.origin === 'nodes') return `${fmt(p[key])} 个值`;
  if (p.origin === 'bytes') return `${fmt(p[key])} 个字符`;
  return fmt(p[key]);
};

export const zhCN: MessageTable = {
  required: (p) => `缺少必填项（应为 ${fmt(p.expected)}）`,
  'unknown-field': (p) => `不认识的字段“${fmt(p.field)}”，请检查拼写`,
  'wrong-type': (p) => `类型不对：应为 ${fmt(p.expected)}，实际是 ${fmt(p.received)}`,
  'too-small': (p) => (p.inclusive === 0 ? `应大于 ${bound(p, 'minimum')}` : `不能少于 ${bound(p, 'minimum')}`),
  'too-large': (p) => (p.inclusive === 0 ? `应小于 ${bound(p, 'maximum')}` : `不能超过 ${bound(p, 'maximum')}`),
  'not-allowed': (p) => `取值不允许，可选：${fmt(p.allowed)}`,
  'bad-format': () => `格式不对：指标 id 须以小写字母开头，只含小写字母、数字、- 和 _`,
  'unknown-method': (p) => `不认识的计分方法“${fmt(p.value)}”，可选：${fmt(p.allowed)}`,
  'bad-json': (p) => `规则不是有效的 JSON：${fmt(p.detail)}`,
  'unsafe-key': (p) => `规则中含有不安全的字段名“${fmt(p.field)}”，已拒绝`,
  'wrong-format': (p) => `format 应为“${fmt(p.expected)}”，实际是“${fmt(p.received)}”`,
  'duplicate-id': (p) => `指标 id“${fmt(p.id)}”重复（首次出现在 ${fmt(p.first)}）`,
  'unknown-tiebreak': (p) => `并列比较用的指标“${fmt(p.id)}”不存在，可选：${fmt(p.allowed)}`,
  'needs-target': (p) => `计分方法 ${fmt(p.method)} 需要目标列（target）`,
  'direction-not-allowed': (p) => `计分方法 ${fmt(p.method)} 不能用 direction: "lower"`,
  'quota-without-count': () => `quota 需要同时给出 top、bottom、topPercent 或 bottomPercent 之一`,
  'band-min-max': (p) => `分档下限 ${fmt(p.min)} 大于上限 ${fmt(p.max)}`,
  'bad-period': (p) => `期间“${fmt(p.value)}”无法识别，应写作 2026、2026H1、2026Q3 或 2026-05`,
  'bad-elapsed': (p) => `序时进度 ${fmt(p.value)} 应在 0（不含）到 1 之间`,
  'bad-range': (p) => `区域“${fmt(p.value)}”写法不对，应写作 工作表!A1:F30`,
  'no-sources': () => `没有指定数据区域`,
  'empty-range': (p) => `区域 ${fmt(p.range)} 是空的或首行没有表头`,
  'missing-unit-column': (p) => `区域 ${fmt(p.range)} 的表头里没有单位列“${fmt(p.column)}”（表头有：${fmt(p.headers)}）`,
  'missing-column': (p) => `所有数据区域都没有列“${fmt(p.column)}”（表头有：${fmt(p.headers)}）`,
  'missing-unit-name': () => `这一行有数据但没有单位名称`,
  'duplicate-unit': (p) => `单位“${fmt(p.unit)}”在同一区域出现两次（首次在 ${fmt(p.first)}）`,
  'missing-unit': (p) => `单位“${fmt(p.unit)}”在 ${fmt(p.range)} 中有，在 ${fmt(p.missingRange)} 中没有`,
  conflict: (p) => `与 ${fmt(p.other)} 的值不一致（${fmt(p.value)} 与 ${fmt(p.otherValue)}）`,
  'not-a-number': (p) => `“${fmt(p.text)}”不是数字`,
  'excel-error': (p) => `单元格是 Excel 错误值 ${fmt(p.text)}`,
  'mixed-scale': (p) => `“${fmt(p.text)}”带有万/亿，但该指标没有声明单位（scale），无法换算`,
  'missing-value': (p) => `指标 ${fmt(p.indicator)} 的数据为空（可在规则中用 missing 指定空值的处理方式）`,
  'bad-target': (p) => `指标 ${fmt(p.indicator)} 的目标值为 ${fmt(p.value)}，目标须大于 0 才能计算完成率`,
  'negative-adjustment': (p) => `“${fmt(p.column)}”的值 ${fmt(p.value)} 不能为负数`,
  'text-as-number': (p) => `文本“${fmt(p.text)}”按数字 ${fmt(p.value)} 读取`,
  'number-too-large': (p) => `指标 ${fmt(p.indicator)} 的数字过大或过小，算出的${p.what === 'score' ? '得分' : '完成率'}超出了可计算范围`,
  'no-units': () => `数据区域里没有任何单位`,
  'quota-tie': (p) => `${p.scope ? `${fmt(p.scope)}：` : ''}“${fmt(p.tier)}”名额为 ${fmt(p.limit)}，在边界上并列的单位都未列入：${fmt(p.units)}`,
};
