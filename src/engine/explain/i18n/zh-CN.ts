// 得分解释（简体中文）。
import type { ExplainWords } from './words';

const bounds = (p: Readonly<Record<string, string>>): string => {
  if (p.xMin !== undefined && p.xMax !== undefined) return `${p.xMin} 至 ${p.xMax}`;
  if (p.xMin !== undefined) return `不低于 ${p.xMin}`;
  if (p.xMax !== undefined) return `不高于 ${p.xMax}`;
  return '不限';
};
const at = (cell: string | null): string => (cell === null ? '' : `（${cell}）`);

export const zhCN: ExplainWords = {
  steps: {
    ratio: (p) => `完成率 ${p.x} × 权重 ${p.weight} = ${p.score} 分`,
    'ratio.capped': (p) => `完成率 ${p.x}，超过封顶 ${p.xCap}，按 ${p.xCap} × 权重 ${p.weight} = ${p.score} 分`,
    'ratio.belowFloor': (p) => `完成率 ${p.x}，低于起评线 ${p.xFloor}，得 ${p.score} 分`,
    'schedule.ahead': (p) => `完成率 ${p.x}，序时进度 ${p.elapsed}，超前 ${p.gap} 个百分点 × ${p.perPoint} = +${p.ptsBonus}，得分 ${p.score} / ${p.weight}`,
    'schedule.aheadCapped': (p) =>
      `完成率 ${p.x}，序时进度 ${p.elapsed}，超前 ${p.gap} 个百分点 × ${p.perPoint} = +${p.ptsBonus}，加分以 ${p.ptsMaxBonus} 为限，得分 ${p.score} / ${p.weight}`,
    'schedule.behind': (p) => `完成率 ${p.x}，序时进度 ${p.elapsed}，落后 ${p.gap} 个百分点 × ${p.perPoint} = −${p.ptsPenalty}，得分 ${p.score} / ${p.weight}`,
    'schedule.behindZero': (p) =>
      `完成率 ${p.x}，序时进度 ${p.elapsed}，落后 ${p.gap} 个百分点 × ${p.perPoint} = −${p.ptsPenalty}，最低 0 分，得分 ${p.score} / ${p.weight}`,
    'schedule.proportional': (p) => `完成率 ${p.x} ÷ 序时进度 ${p.elapsed} = ${p.pctRatio}，× 权重 ${p.weight} = ${p.score} 分`,
    'schedule.proportionalCapped': (p) =>
      `完成率 ${p.x} ÷ 序时进度 ${p.elapsed} = ${p.pctRatio}，超过封顶 ${p.pctCap}，按 ${p.pctCap} × 权重 ${p.weight} = ${p.score} 分`,
    'schedule.proportionalZero': (p) => `完成率 ${p.x} 为负，不低于 0 分，得 ${p.score} 分`,
    'bands.hit': (p) => `${p.measure} ${p.x}，在第 ${p.band} 档（${bounds(p)}），得 ${p.fraction} × 权重 ${p.weight} = ${p.score} 分`,
    'bands.else': (p) => `${p.measure} ${p.x}，不在任何一档，得 ${p.fraction} × 权重 ${p.weight} = ${p.score} 分`,
    relative: (p) => `${p.measure} ${p.x} ÷ 最优 ${p.xBest} × 权重 ${p.weight} = ${p.score} 分`,
    'relative.noBest': (p) => `${p.measure} ${p.x}，最优值 ${p.xBest} 不大于 0，得 ${p.score} 分`,
    'relative.lower': (p) => `最优 ${p.xBest} ÷ ${p.measure} ${p.x} × 权重 ${p.weight} = ${p.score} 分`,
    'relative.isBest': (p) => `${p.measure} ${p.x} 即为最优，得满分 ${p.score} 分`,
    minmax: (p) => `(${p.x} − 最低 ${p.xMin}) ÷ (最高 ${p.xMax} − 最低 ${p.xMin}) × 权重 ${p.weight} = ${p.score} 分`,
    'minmax.lower': (p) => `(最高 ${p.xMax} − ${p.x}) ÷ (最高 ${p.xMax} − 最低 ${p.xMin}) × 权重 ${p.weight} = ${p.score} 分`,
    'minmax.same': (p) => `各单位${p.measure}相同（${p.x}），得满分 ${p.score} 分`,
    rank: (p) => `${p.measure} ${p.x}，有 ${p.ahead} 个单位高于它，${p.weight} − ${p.ahead} × ${p.step} = ${p.score} 分`,
    'rank.lower': (p) => `${p.measure} ${p.x}，有 ${p.ahead} 个单位低于它，${p.weight} − ${p.ahead} × ${p.step} = ${p.score} 分`,
    'rank.floor': (p) => `${p.measure} ${p.x}，有 ${p.ahead} 个单位排在前面，${p.weight} − ${p.ahead} × ${p.step} 低于保底分，得保底 ${p.score} 分`,
    'perUnit.penalty': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}，${p.weight} − ${p.ptsTotal} = ${p.score} 分`,
    'perUnit.penaltyZero': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}，超过权重 ${p.weight}，得 ${p.score} 分`,
    'perUnit.reward': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.score} 分`,
    'perUnit.rewardCapped': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}，以权重 ${p.weight} 为限，得 ${p.score} 分`,
  },
  measureRate: '完成率',
  measureValue: '数值',
  headings: { scores: '指标得分', adjustments: '加减分与否决', total: '总分', rank: '排名', tiers: '等次', gaps: '差距' },
  title: (p) => `${p.unit}${p.group === null ? '' : `（${p.group}）`}：第 ${p.rank} 名，总分 ${p.total}${p.tier === null ? '' : `，${p.tier}`}`,
  indicator: (p) => `${p.label}（权重 ${p.weight}）`,
  figure: (p) => `${p.column} ${p.value}${at(p.cell)}`,
  blankFigure: (p) => `${p.column} 空白${at(p.cell)}`,
  policy: { zero: '缺数按 0 计', full: (w) => `缺数按满分计，得 ${w} 分`, exclude: '缺数本项不计，总分按其余指标折算' },
  noAdjustments: '无加分、扣分或否决',
  bonus: (p) => `${p.label}：+${p.value}${at(p.cell)}${p.counted === null ? '' : `，按上限计 ${p.counted}`}`,
  deduction: (p) => `${p.label}：−${p.value}${at(p.cell)}${p.counted === null ? '' : `，按上限计 ${p.counted}`}`,
  veto: (reason) => `一票否决：${reason}`,
  total: (p) => {
    const scaled = p.scaled === null ? '' : `，部分指标不计，按 ${p.scaled.all} ÷ ${p.scaled.applying} 折算为 ${p.scaled.indicatorSum}`;
    const clamp = p.clamp === null ? '' : p.clamp.side === 'min' ? `，低于下限，计为 ${p.clamp.limit}` : `，高于上限，计为 ${p.clamp.limit}`;
    return `指标得分合计 ${p.sum}${scaled}；${p.scaled === null ? p.sum : p.scaled.indicatorSum} + 加分 ${p.bonus} − 扣分 ${p.deduction} = ${p.raw}${clamp}；保留 ${p.precision} 位小数，总分 ${p.total}`;
  },
  rank: (p) => {
    const scope = p.group === null ? `共 ${p.size} 个单位` : `“${p.group}”共 ${p.size} 个单位`;
    const tied = p.tiedWith.length === 0 ? '' : `，与 ${p.tiedWith.join('、')} 并列`;
    const rule = p.dense ? '（并列不占名次）' : '';
    return `第 ${p.rank} 名，${scope}${tied}${rule}${p.vetoed ? '；一票否决的单位排在其他单位之后' : ''}`;
  },
  condition: {
    top: (p) => `前 ${p.limit} 名（本单位第 ${p.value} 位${p.vetoedOut ? '，不计被一票否决的单位' : ''}）`,
    bottom: (p) => `后 ${p.limit} 名（本单位倒数第 ${p.value} 位${p.vetoedOut ? '，不计被一票否决的单位' : ''}）`,
    minScore: (p) => `总分不低于 ${p.limit}（本单位 ${p.value}）`,
    maxScore: (p) => `总分不高于 ${p.limit}（本单位 ${p.value}）`,
    veto: (p) => `${p.limit === '1' ? '被一票否决的单位' : '未被一票否决的单位'}（本单位${p.value === '1' ? '被否决' : '未被否决'}）`,
  },
  vetoedPlace: { top: (n) => `前 ${n} 名（被否决的单位不参与）`, bottom: (n) => `后 ${n} 名（被否决的单位不参与）` },
  anyUnit: '所有单位',
  tierStatus: {
    assigned: '评为此等次',
    takenEarlier: '条件满足，但已评为排在前面的等次',
    quotaExcluded: '条件满足，但与名额边界并列，按名额规则不评',
    missed: '未达到',
  },
  tier: (p) => `${p.label}：${p.conditions}，${p.status}`,
  goal: {
    nextRank: (rank) => `升到第 ${rank} 名`,
    enterTier: (p) => `进入“${p.tier}”（前 ${p.top} 名）`,
    leaveTier: (tier) => `摆脱“${tier}”`,
  },
  needed: (p) => `${p.goal}：总分需达到 ${p.total}，还差 ${p.points} 分（届时${p.after}）`,
  blocked: {
    'total-max': (goal) => `${goal}：需要的总分超过总分上限，达不到`,
    unreachable: (goal) => `${goal}：只靠提高总分达不到`,
  },
  outcome: (p) => `总分 ${p.total}，第 ${p.rank} 名${p.tier === null ? '' : `，${p.tier}`}`,
  change: (p) =>
    `· ${p.label}：${p.column}需${p.up ? '增加' : '减少'} ${p.delta}，从 ${p.from} 到 ${p.to}（届时${p.after}${p.lowerTotal ? '；此项同时改变了决胜指标或其他单位的得分，总分低一些也能达到' : ''}）`,
  cannot: {
    'at-max': (label) => `· ${label}：本项已拿到最高分`,
    capped: (label) => `· ${label}：本项拿满也补不上`,
    'no-figure': (label) => `· ${label}：本项缺数、按规则计分，不能单独测算`,
    'no-target': (label) => `· ${label}：没有目标数，不能测算`,
    unreachable: (label) => `· ${label}：只调整本项达不到`,
  },
  noSingleIndicator: '没有哪一项指标能单独补上这个差距',
  vetoedGaps: '已被一票否决：无论得分多少都排在最后，等次不随得分改变',
  topAlready: '已是第 1 名',
  listSep: '；',
  headSep: '：',
  figureSep: '，',
};
