// Rule-set validation (spec section 3): every error at once, each with its JSON path, in both languages.
import { describe, expect, it } from 'vitest';
import { parseRuleSetJson, TEMPLATES, validateRuleSet } from '../../src/engine/index';
import { ruleSet } from './helpers';

const at = (input: unknown) => validateRuleSet(input).issues.map((i) => `${i.code} ${i.path}`);

describe('validateRuleSet', () => {
  it('accepts every built-in template and the spec example', () => {
    for (const t of TEMPLATES) expect(at(t.ruleSet), t.id).toEqual([]);
    const example = {
      format: 'standings/ruleset@1',
      name: '重点项目推进考核',
      unit: { column: '单位', groupColumn: '类别' },
      indicators: [
        { id: 'investment', label: '投资完成率', weight: 40, target: '年度计划投资', actual: '累计完成投资', scale: '万元', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } },
        { id: 'starts', label: '开工率', weight: 30, target: '计划开工', actual: '已开工', method: { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.6 }], else: 0 } },
        { id: 'funds', label: '争取资金', weight: 30, actual: '到位资金', scale: '万元', missing: 'zero', method: { type: 'relative' } },
      ],
      adjustments: [{ type: 'bonus', column: '加分', max: 5 }, { type: 'deduction', column: '扣分', max: 10 }, { type: 'veto', column: '一票否决' }],
      total: { precision: 2, min: 0 },
      ranking: { ties: 'competition', tieBreak: ['investment'] },
      tiers: [
        { label: '一票否决', kind: 'penalty', when: { veto: true } },
        { label: '表彰', kind: 'reward', when: { top: 3 } },
        { label: '通报批评', kind: 'penalty', when: { bottom: 3 } },
      ],
      sources: ['目标!A1:E20', '完成情况!A1:F20'],
    };
    expect(at(example)).toEqual([]);
  });

  it('reports every problem at once with its path', () => {
    const issues = at({
      format: 'standings/ruleset@2',
      name: '',
      unit: { column: '单位', grop: '类别' },
      indicators: [
        { id: 'Invest', wieght: 40, actual: '完成', method: { type: 'ratio' } },
        { id: 'b', weight: -1, actual: '完成', method: { type: 'bands', bands: [{ min: 2, max: 1, score: 1 }] } },
        { id: 'b', weight: 10, actual: '完成', method: { type: 'magic' } },
      ],
      ranking: { tieBreak: ['nope'] },
      tiers: [{ label: '优秀', when: { quota: true } }],
      sources: ['A1:B2'],
    });
    expect(issues.sort()).toEqual(
      [
        'wrong-format format',
        'too-small name',
        'unknown-field unit.grop',
        'bad-format indicators[0].id',
        'unknown-field indicators[0].wieght',
        'required indicators[0].weight',
        'needs-target indicators[0].target',
        'too-small indicators[1].weight',
        'band-min-max indicators[1].method.bands[0]',
        'unknown-method indicators[2].method.type',
        'duplicate-id indicators[2].id',
        'unknown-tiebreak ranking.tieBreak[0]',
        'quota-without-count tiers[0].when.quota',
        'bad-range sources[0]',
      ].sort(),
    );
  });

  it('needs at least one indicator, and the required fields', () => {
    expect(at({ format: 'standings/ruleset@1' }).sort()).toEqual(['required indicators', 'required name', 'required unit'].sort());
    expect(at(ruleSet())).toEqual(['too-small indicators']);
  });

  it('reports a wrong method field under the method path', () => {
    expect(at(ruleSet({ indicators: [{ id: 'a', weight: 1, actual: 'x', method: { type: 'rank', step: 'two' } }] }))).toEqual(['wrong-type indicators[0].method.step']);
    expect(at(ruleSet({ indicators: [{ id: 'a', weight: 1, actual: 'x', target: 'y', method: { type: 'schedule', mode: 'fast', penaltyPerPoint: 1 } }] }))).toEqual([
      'not-allowed indicators[0].method.mode',
    ]);
  });

  it('words messages in zh-CN by default and in English on request', () => {
    const input = ruleSet({ indicators: [{ id: 'a', wieght: 1, weight: 1, actual: 'x', method: { type: 'relative' } }] });
    expect(validateRuleSet(input).issues[0].message).toBe('不认识的字段“wieght”，请检查拼写');
    expect(validateRuleSet(input, 'en').issues[0].message).toBe('unknown field "wieght": check the spelling');
  });

  it('refuses prototype keys and absurd nesting before anything else', () => {
    const proto = JSON.parse('{"format":"standings/ruleset@1","__proto__":{"polluted":1}}') as unknown;
    expect(at(proto)).toEqual(['unsafe-key __proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(at(deep)[0]).toMatch(/^too-large /);
  });

  it('turns bad JSON into an issue', () => {
    expect(parseRuleSetJson('{"name": ').issues.map((i) => `${i.code} ${i.path}`)).toEqual(['bad-json $']);
    expect(parseRuleSetJson('x'.repeat(1_000_001)).issues.map((i) => i.code)).toEqual(['too-large']);
  });

  it('does not change what it is given', () => {
    const input = ruleSet({ indicators: [{ id: 'a', weight: 1, actual: 'x', method: { type: 'schedule', penaltyPerPoint: 1 }, target: 't' }] });
    const copy = structuredClone(input);
    validateRuleSet(input);
    expect(input).toEqual(copy);
  });
});
