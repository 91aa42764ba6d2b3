// 工作簿层的中文提示。键与 messages.en.ts 一一对应。
import type { WorkbookMessages } from './messages';

export const zhCN: WorkbookMessages = {
  sheetMissing: (p) => `区域 ${p.range} 所在的工作表“${p.sheet}”不存在`,
  store: {
    'store-no-marker': (d) => `工作簿中保存的规则和记录无法识别（A1 应为 standings/store@1，实际为“${d}”）`,
    'store-bad-json': (d) => `工作簿中保存的规则和记录已损坏：${d}`,
    'store-bad-shape': (d) => `工作簿中保存的运行记录格式不对：${d}`,
    'store-too-large': (d) => `工作簿中保存的规则过大，为安全起见不予读取（JSON 共 ${d} 个字符，上限 1,000,000）`,
  },
  sheetExists: (p) => `工作表已存在：${p.sheets}`,
  mergedHeader: (p) => `区域 ${p.range} 的表头有合并单元格 ${p.merge}，请取消合并并为每列写上表头`,
  noCachedValue: (p) => `公式单元格 ${p.cell} 没有计算结果，请先用 Excel、WPS 或 LibreOffice 打开并保存`,
  cannotRead: (p) => `无法读取工作簿 ${p.path}：${p.reason}`,
  cannotWrite: (p) => `无法写入工作簿 ${p.path}：${p.reason}`,
};
