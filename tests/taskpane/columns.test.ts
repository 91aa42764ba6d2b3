import { describe, expect, it } from 'vitest';
import { templateById } from '../../src/engine/index';
import { matchColumns, ruleColumns } from '../../src/taskpane/model/columns';
import type { Draft } from '../../src/taskpane/model/draft';

describe('rule columns against header rows', () => {
  const draft = templateById('key-projects') as unknown as Draft;

  it('lists every column the rules read, once', () => {
    expect(ruleColumns(draft)).toEqual(['单位', '类别', '年度计划投资', '累计完成投资', '计划开工项目', '已开工项目', '加分', '扣分', '一票否决']);
  });

  it('matches headers as the engine does: spaces, full width, bracketed unit', () => {
    const headers = [['单位', ' 类别 ', '年度计划投资（万元）', '累计完成投资 (万元)'], ['单位', '计划开工项目', '加分']];
    expect(matchColumns(ruleColumns(draft), headers)).toEqual({
      matched: ['单位', '类别', '年度计划投资', '累计完成投资', '计划开工项目', '加分'],
      unmatched: ['已开工项目', '扣分', '一票否决'],
    });
  });
});
