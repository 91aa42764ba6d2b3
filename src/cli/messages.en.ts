// The CLI's English words. Same keys as messages.zh-CN.ts.
import type { CliMessages } from './messages';

export const en: CliMessages = {
  helpMain: `Usage: standings <command> [options]

Commands:
  rank BOOK.xlsx       score and rank the units in a workbook by a rule set, write the ranked workbook
  validate RULES.json  check a rule-set file
  templates            list the built-in rule sets
  template ID          print one built-in rule set as JSON

Every command takes --help; --lang zh-CN|en chooses the language (default zh-CN).
Exit codes: 0 done; 1 the data or rules have errors; 2 the command line is wrong (including files it names that cannot be read or written).`,
  helpRank: `Usage: standings rank BOOK.xlsx [--rules RULES.json] [--source "Sheet!A1:F30"]...
                     [--period 2026Q3] [--elapsed 0.75] [--out OUT.xlsx]
                     [--json RESULT.json|-] [--replace] [--lang zh-CN|en]

  --rules FILE    the rule set; default: the one stored in the workbook
  --source RANGE  an input range, may be repeated; default: the rule set's sources
  --period P      2026, 2026H1, 2026Q3 or 2026-05; default: the current quarter
  --elapsed X     time progress in (0, 1], overriding the period's own
  --out FILE      the output workbook; default BOOK.ranked.xlsx beside the input. The input is only
                  replaced (atomically) when --out names it
  --json FILE     also write the JSON result; "-" for standard output. Written even when there are
                  errors (with the issues and no units)
  --replace       overwrite result sheets of the same name
  --lang L        zh-CN or en; the sheet labels follow it

Exit codes: 0 done; 1 the data or rules have errors (one a line on standard error, with the cell or
JSON path) and nothing is written but the --json result; 2 the command line is wrong.`,
  helpValidate: `Usage: standings validate RULES.json [--lang zh-CN|en]

Checks a rule-set file's shape and meaning. One error a line, with its JSON path. Exit codes: 0 valid;
1 errors; 2 the command line is wrong.`,
  helpTemplates: `Usage: standings templates [--lang zh-CN|en]

Lists the built-in rule sets by ID and name.`,
  helpTemplate: `Usage: standings template ID [--lang zh-CN|en]

Prints a built-in rule set as JSON, to save and edit: standings template key-projects > rules.json`,
  error: 'error',
  warning: 'warning',
  unknownCommand: (p) => `unknown command "${p.command}"; the commands are rank, validate, templates, template`,
  badOption: (p) => `wrong command line: ${p.detail}`,
  needsBook: 'name one workbook: standings rank BOOK.xlsx',
  needsRules: 'name one rule-set file: standings validate RULES.json',
  needsId: 'name a template ID: standings template ID (standings templates lists them)',
  tooManyArguments: (p) => `unexpected arguments: ${p.extra}`,
  badLang: (p) => `unsupported language "${p.value}"; use zh-CN or en`,
  badElapsed: (p) => `--elapsed must be a number, not "${p.value}"`,
  cannotReadFile: (p) => `cannot read ${p.path}: ${p.reason}`,
  cannotWriteFile: (p) => `cannot write ${p.path}: ${p.reason}`,
  noStoredRules: (p) => `${p.book} has no stored rule set; name one with --rules`,
  unknownTemplate: (p) => `no template with ID "${p.id}"; the IDs are ${p.ids}`,
  sheetExists: (p) => `sheet "${p.sheet}" already exists; pass --replace to overwrite it`,
  written: (p) => `wrote ${p.out}: ${p.sheets}`,
  valid: (p) => `valid rule set: ${p.name} (${p.indicators} indicators)`,
};
