// 命令行的中文提示。键与 messages.en.ts 一一对应。
import type { CliMessages } from './messages';

export const zhCN: CliMessages = {
  helpMain: `用法：standings <命令> [选项]

命令：
  rank BOOK.xlsx       按规则对工作簿中的单位评分排名，写出结果工作簿
  validate RULES.json  检查规则文件
  templates            列出内置规则模板
  template ID          以 JSON 输出一个内置规则模板

每个命令都可加 --help 查看说明；--lang zh-CN|en 选择语言（默认 zh-CN）。
退出码：0 完成；1 数据或规则有错误；2 命令行有误（含无法读取或写入所指文件）。`,
  helpRank: `用法：standings rank BOOK.xlsx [--rules RULES.json] [--source "工作表!A1:F30"]...
                     [--period 2026Q3] [--elapsed 0.75] [--out OUT.xlsx]
                     [--json RESULT.json|-] [--replace] [--lang zh-CN|en]

  --rules FILE    规则文件；默认使用工作簿中保存的规则
  --source RANGE  数据区域，可重复；默认使用规则中的 sources
  --period P      考核期：2026、2026H1、2026Q3、2026-05；默认本季度
  --elapsed X     序时进度 (0, 1]，覆盖考核期推算的值
  --out FILE      输出工作簿；默认与输入同目录的 BOOK.ranked.xlsx。输入文件只在 --out 指向它时才被（原子地）替换
  --json FILE     同时写出 JSON 结果；“-”表示标准输出。有错误时也写出（含问题，不含单位）
  --replace       覆盖同名的结果工作表
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
  unknownCommand: (p) => `未知命令“${p.command}”；可用命令：rank、validate、templates、template`,
  badOption: (p) => `命令行有误：${p.detail}`,
  needsBook: '需要指定一个工作簿：standings rank BOOK.xlsx',
  needsRules: '需要指定规则文件：standings validate RULES.json',
  needsId: '需要指定模板 ID：standings template ID（standings templates 可列出全部）',
  tooManyArguments: (p) => `多余的参数：${p.extra}`,
  badLang: (p) => `不支持的语言“${p.value}”，可选 zh-CN 或 en`,
  badElapsed: (p) => `--elapsed 应为数字，实际为“${p.value}”`,
  cannotReadFile: (p) => `无法读取 ${p.path}：${p.reason}`,
  cannotWriteFile: (p) => `无法写入 ${p.path}：${p.reason}`,
  noStoredRules: (p) => `${p.book} 中没有保存的规则，请用 --rules 指定规则文件`,
  unknownTemplate: (p) => `没有 ID 为“${p.id}”的模板；可用：${p.ids}`,
  sheetExists: (p) => `工作表“${p.sheet}”已存在；如要覆盖请加 --replace`,
  written: (p) => `已写入 ${p.out}：${p.sheets}`,
  valid: (p) => `规则有效：${p.name}（${p.indicators} 个指标）`,
};
