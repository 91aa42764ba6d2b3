// The CLI's English words. Same keys as messages.zh-CN.ts.
import type { CliMessages } from './messages';

export const en: CliMessages = {
  helpMain: `Usage: standings <command> [options]

Commands:
  rank BOOK.xlsx       score and rank the units in a workbook by a rule set, write the ranked workbook
  validate RULES.json  check a rule-set file
  templates            list the built-in rule sets
  template ID          print one built-in rule set as JSON
  history BOOK.xlsx    each unit's rank over the runs stored in a workbook (rank history)
  explain BOOK.xlsx UNIT  why one unit has its score, rank and tier, and what would move it (writes nothing)

Every command takes --help; --lang zh-CN|en chooses the language (default zh-CN).
Exit codes: 0 done; 1 the data or rules have errors; 2 the command line is wrong (including files it names that cannot be read or written).`,
  helpRank: `Usage: standings rank BOOK.xlsx [--rules RULES.json] [--source "Sheet!A1:F30"]...
                     [--period 2026Q3] [--elapsed 0.75] [--out OUT.xlsx]
                     [--json RESULT.json|-] [--replace] [--explain] [--lang zh-CN|en]

  --rules FILE    the rule set; default: the one stored in the workbook
  --source RANGE  an input range, may be repeated; default: the rule set's sources
  --period P      2026, 2026H1, 2026Q3 or 2026-05; default: the current quarter
  --elapsed X     time progress in (0, 1], overriding the period's own
  --out FILE      the output workbook; default BOOK.ranked.xlsx beside the input. The input is only
                  replaced (atomically) when --out names it
  --json FILE     also write the JSON result; "-" for standard output. Written even when there are
                  errors (with the issues and no units)
  --replace       overwrite result sheets of the same name
  --explain       also write a sheet explaining every unit ("... explained"); the JSON result gets explanations
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
  unknownCommand: (p) => `unknown command "${p.command}"; the commands are rank, validate, templates, template, history, explain`,
  badOption: (p) => `wrong command line: ${p.detail}`,
  needsBook: 'name one workbook: standings rank BOOK.xlsx',
  needsRules: 'name one rule-set file: standings validate RULES.json',
  needsId: 'name a template ID: standings template ID (standings templates lists them)',
  tooManyArguments: (p) => `unexpected arguments: ${p.extra}`,
  badLang: (p) => `unsupported language "${p.value}"; use zh-CN or en`,
  badElapsed: (p) => `--elapsed must be a number, not "${p.value}"`,
  cannotReadFile: (p) => `cannot read ${p.path}: ${p.reason}`,
  cannotWriteFile: (p) => `cannot write ${p.path}: ${p.reason}`,
  outputType: (p) => `the output ${p.out} must end in ${p.extension}: Excel refuses this workbook (macro-enabled or a template) under another extension`,
  noStoredRules: (p) => `${p.book} has no stored rule set; name one with --rules`,
  unknownTemplate: (p) => `no template with ID "${p.id}"; the IDs are ${p.ids}`,
  sheetExists: (p) => `sheet "${p.sheet}" already exists; pass --replace to overwrite it`,
  written: (p) => `wrote ${p.out}: ${p.sheets}`,
  valid: (p) => `valid rule set: ${p.name} (${p.indicators} indicators)`,
  helpHistory: `Usage: standings history BOOK.xlsx [--rule-set NAME] [--out OUT.xlsx] [--replace] [--lang zh-CN|en]

Lists the ranks and totals of one rule set over the runs stored in the workbook: a column per period (in time order; of several runs of a period, the latest), a row per unit, blank where the unit was not ranked.

  --rule-set NAME  the rule set; default: the one run most recently
  --out FILE       also write the rank history sheet into this workbook (a copy of the input). The input is replaced (atomically) only when --out names it
  --replace        overwrite a rank history sheet of the same name
  --lang L         language: zh-CN or en

Exit codes: 0 done; 1 the workbook has no stored runs, or has errors; 2 the command line is wrong (including a rule set the workbook has no runs of).`,
  historyNeedsBook: 'name one workbook: standings history BOOK.xlsx',
  noRuns: (p) => `${p.book} has no stored runs; rank it first with standings rank`,
  unknownRuleSet: (p) => `the workbook has no runs of rule set "${p.name}"; it has: ${p.names}`,
  historyCell: (p) => `${p.rank} (${p.total})`,
  otherRuleSets: (p) => `the workbook also has runs of (choose with --rule-set): ${p.names}`,
  helpExplain: `Usage: standings explain BOOK.xlsx UNIT [--rules RULES.json] [--source "Sheet!A1:F30"]...
                        [--period 2026Q3] [--elapsed 0.75] [--json RESULT.json|-] [--lang zh-CN|en]

Explains why one unit stands where it does: each indicator's figures (with their cells) and scoring
arithmetic, bonus and deduction, total, rank and tier, and the points (and the figure of each
indicator) it needs to move up a rank, enter or leave a tier.
Computed afresh from the data with the same defaults as standings rank; nothing is written. When the
workbook stores a run of the same rule set and period whose total for the unit differs, a warning on
standard error says the figures changed since that run.

  --rules FILE    the rule set; default: the one stored in the workbook
  --source RANGE  an input range, may be repeated; default: the rule set's sources
  --period P      2026, 2026H1, 2026Q3 or 2026-05; default: the current quarter
  --elapsed X     time progress in (0, 1], overriding the period's own
  --json FILE     also write the JSON result (this unit only, with explanations); "-" for standard
                  output, which then carries only the JSON
  --lang L        zh-CN or en

Exit codes: 0 done; 1 the data or rules have errors, or there is no such unit; 2 the command line is wrong.`,
  explainNeedsUnit: 'name a workbook and a unit: standings explain BOOK.xlsx UNIT',
  nameSep: ', ',
  unitNotFoundClose: (p) => `no unit "${p.unit}"; did you mean: ${p.names}`,
  unitNotFound: (p) => `no unit "${p.unit}"; the ${p.count} units include: ${p.names}`,
  figuresChanged: (p) =>
    `note: the run of ${p.period} stored in the workbook (${p.time}) gave "${p.unit}" a total of ${p.stored}; recomputed from the data now it is ${p.now}, so the figures or rules changed since that run`,
};
