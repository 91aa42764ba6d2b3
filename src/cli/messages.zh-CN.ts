// 命令行的中文提示。键与 messages.en.ts 一一对应。
import type { CliMessages } from './messages';

export const zhCN: CliMessages = {
  helpMain: `用法：standings <命令> [选项]

命令：
  rank BOOK.xlsx       按规则对工作簿中的单位评分排名，写出结果工作簿
  validate RULES.json  检查规则文件
  templates            列出内置规则模板
  template ID          以 JSON 输出一个内置规则模板
  history BOOK.xlsx    按工作簿中保存的排名记录列出各单位历次名次（排名走势）
  explain BOOK.xlsx UNIT  说明一个单位的得分、排名、等次和差距（不写入任何文件）

每个命令都可加 --help 查看说明；--lang zh-CN|en 选择语言（默认 zh-CN）。
退出码：0 完成；1 数据或规则有错误；2 命令行有误（含无法读取或写入所指文件）。`,
  helpRank: `用法：standings rank BOOK.xlsx [--rules RULES.json] [--source "工作表!A1:F30"]...
                     [--period 2026Q3] [--elapsed 0.75] [--out OUT.xlsx]
                     [--json RESULT.json|-] [--replace] [--explain] [--lang zh-CN|en]

  --rules FILE    规则文件；默认使用工作簿中保存的规则
  --source RANGE  数据区域，可重复；默认使用规则中的 sources
  --period P      考核期：2026、2026H1、2026Q3、2026-05；默认本季度
  --elapsed X     序时进度 (0, 1]，覆盖考核期推算的值
  --out FILE      输出工作簿；默认与输入同目录的 BOOK.ranked.xlsx。输入文件只在 --out 指向它时才被（原子地）替换
  --json FILE     同时写出 JSON 结果；“-”表示标准输出。有错误时也写出（含问题，不含单位）
  --replace       覆盖同名的结果工作表
  --explain       另写一张逐单位解释表（“… 解释”），JSON 结果中加上 explanations
  --lang L        语言：zh-CN 或 en，结果表的字样随之变化

退出码：0 完成；1 数据或规则有错误（逐行输出到标准错误，附单元格或 JSON 路径），除 --json 外不写任何文件；2 命令行有误。`,
  helpValidate: `用法：standings validate RULES.json [--lang zh-CN|en]

检查规则文件的格式和含义。每个错误一行，附 JSON 路径。退出码：0 有效；1 有错误；2 命令行有误。`,
  helpTemplates: `用法：standings templates [--lang zh-CN|en]

列出内置规则模板的 ID 和名称。`,
  helpTemplate: `用法：standings template ID [--lang zh-CN|en]

以 JSON 输出一个内置规则模板，可保存后修改：standings template key-projects > rules.json`,
  error: '错误',
  warning: '警告',
  unknownCommand: (p) => `未知命令“${p.command}”；可用命令：rank、validate、templates、template、history、explain`,
  badOption: (p) => `命令行有误：${p.detail}`,
  needsBook: '需要指定一个工作簿：standings rank BOOK.xlsx',
  needsRules: '需要指定规则文件：standings validate RULES.json',
  needsId: '需要指定模板 ID：standings template ID（standings templates 可列出全部）',
  tooManyArguments: (p) => `多余的参数：${p.extra}`,
  badLang: (p) => `不支持的语言“${p.value}”，可选 zh-CN 或 en`,
  badElapsed: (p) => `--elapsed 应为数字，实际为“${p.value}”`,
  cannotReadFile: (p) => `无法读取 ${p.path}：${p.reason}`,
  cannotWriteFile: (p) => `无法写入 ${p.path}：${p.reason}`,
  outputType: (p) => `输出文件 ${p.out} 须以 ${p.extension} 结尾：这个工作簿（启用宏或模板）换成别的扩展名后 Excel 会拒绝打开`,
  noStoredRules: (p) => `${p.book} 中没有保存的规则，请用 --rules 指定规则文件`,
  unknownTemplate: (p) => `没有 ID 为“${p.id}”的模板；可用：${p.ids}`,
  sheetExists: (p) => `工作表“${p.sheet}”已存在；如要覆盖请加 --replace`,
  written: (p) => `已写入 ${p.out}：${p.sheets}`,
  valid: (p) => `规则有效：${p.name}（${p.indicators} 个指标）`,
  helpHistory: `用法：standings history BOOK.xlsx [--rule-set 名称] [--out OUT.xlsx] [--replace] [--lang zh-CN|en]

按工作簿中保存的排名记录，列出一个规则各期的名次和总分：每期一列（按时间先后，同一期多次排名取最近一次），每个单位一行，空白表示该期未参加排名。

  --rule-set NAME  规则名称；默认最近一次排名所用的规则
  --out FILE       同时把排名走势表写入该工作簿（输入的副本）。输入文件只在 --out 指向它时才被（原子地）替换
  --replace        覆盖同名的排名走势表
  --lang L         语言：zh-CN 或 en

退出码：0 完成；1 工作簿中没有排名记录，或工作簿有错误；2 命令行有误（含没有该名称的规则）。`,
  historyNeedsBook: '需要指定一个工作簿：standings history BOOK.xlsx',
  noRuns: (p) => `${p.book} 中没有保存的排名记录；先用 standings rank 排名`,
  unknownRuleSet: (p) => `工作簿中没有规则“${p.name}”的排名记录；有：${p.names}`,
  historyCell: (p) => `${p.rank} (${p.total})`,
  otherRuleSets: (p) => `工作簿中还有这些规则的记录（用 --rule-set 选择）：${p.names}`,
  helpExplain: `用法：standings explain BOOK.xlsx UNIT [--rules RULES.json] [--source "工作表!A1:F30"]...
                        [--period 2026Q3] [--elapsed 0.75] [--json RESULT.json|-] [--lang zh-CN|en]

说明一个单位为什么排在这个位置：各项指标的数据（附单元格）和得分算式、加减分、总分、排名、等次，以及升一名、进入或摆脱各等次需要多少分、哪一项指标要完成多少。
按当前数据重新计算，与 standings rank 的默认值相同；不写入任何文件。工作簿中保存的同一规则同一考核期的排名若与重算的总分不同，在标准错误上提示数据已有改动。

  --rules FILE    规则文件；默认使用工作簿中保存的规则
  --source RANGE  数据区域，可重复；默认使用规则中的 sources
  --period P      考核期：2026、2026H1、2026Q3、2026-05；默认本季度
  --elapsed X     序时进度 (0, 1]，覆盖考核期推算的值
  --json FILE     同时写出 JSON 结果（只含该单位，附 explanations）；“-”表示标准输出，此时不输出文字说明
  --lang L        语言：zh-CN 或 en

退出码：0 完成；1 数据或规则有错误，或没有这个单位；2 命令行有误。`,
  explainNeedsUnit: '需要指定工作簿和单位：standings explain BOOK.xlsx 单位名称',
  nameSep: '、',
  unitNotFoundClose: (p) => `没有单位“${p.unit}”；是不是：${p.names}`,
  unitNotFound: (p) => `没有单位“${p.unit}”；共 ${p.count} 个单位，例如：${p.names}`,
  figuresChanged: (p) =>
    `注意：工作簿中 ${p.time} 的 ${p.period} 排名记录里“${p.unit}”总分为 ${p.stored}，按现在的数据重算为 ${p.now}；那次排名之后数据或规则已有改动`,
};
