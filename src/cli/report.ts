// Issues on standard error, one a line: where (cell or JSON path), severity, message, code.
import type { Issue } from '../engine/issues';
import type { CliMessages } from './messages';

export function issueLine(issue: Pick<Issue<string>, 'severity' | 'code' | 'cell' | 'path' | 'message'>, words: CliMessages): string {
  const where = issue.cell ?? issue.path ?? '-';
  const severity = issue.severity === 'error' ? words.error : words.warning;
  return `${where}: ${severity}: ${issue.message.replace(/\s*\n\s*/g, ' ')} [${issue.code}]`;
}
