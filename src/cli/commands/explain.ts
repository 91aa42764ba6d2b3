// `standings explain BOOK.xlsx UNIT ...`: why one unit stands where it does, in the engine's words
// (explanationPlain). Reads the workbook as `rank` does, with the same defaults; never writes.
import { resolve } from 'node:path';
import { pts } from '../../engine/explain/format';
import { explanationPlain, unitKey } from '../../engine/index';
import { hasErrors } from '../../engine/issues';
import type { Lang } from '../../engine/types';
import { explainRun } from '../../workbook/explainRun';
import { formatRunTime } from '../../workbook/layout/resultSheet';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import {
  contentIssues,
  INPUT_OPTIONS,
  openBook,
  periodOptions,
  readRulesOption,
  ruleSetOrStored,
  workbookIssue,
} from '../bookInputs';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';
import { jsonOutput } from '../jsonOutput';
import { issueLine } from '../report';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...INPUT_OPTIONS,
  json: { type: 'string' },
} as const;

/** How many names a "not found" message lists when none is close. */
const LISTED_NAMES = 8;

/** Edit distance between two strings, by code point. */
function distance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * Unit names close to what was typed, compared after the engine's unit folding (width, spaces):
 * one holds the other (`柳溪` → `柳溪乡`), or they differ in at most a third of the characters.
 */
export function closeNames(wanted: string, names: readonly string[]): string[] {
  const key = unitKey(wanted);
  const scored = names.map((name) => {
    const other = unitKey(name);
    const holds = key !== '' && (other.includes(key) || key.includes(other));
    return { name, d: holds ? 0 : distance(key, other), limit: Math.max(1, Math.floor(Array.from(key).length / 3)) };
  });
  return scored.filter((s) => s.d <= s.limit).sort((a, b) => a.d - b.d).map((s) => s.name);
}

export async function explainCommand(argv: readonly string[], lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpExplain}\n`);
    return EXIT_OK;
  }
  if (positionals.length < 2) throw new UsageError(words.explainNeedsUnit);
  if (positionals.length > 2) throw new UsageError(words.tooManyArguments({ extra: positionals.slice(2).join(' ') }));
  const [bookArg, unit] = positionals as [string, string];
  const { period, elapsed } = periodOptions(values, words, io);
  const jsonTarget = values.json;

  const { emit: emitJson, fail } = jsonOutput(jsonTarget, { period, elapsed }, io, words);

  const rules = await readRulesOption(values.rules, lang, io);
  if ('issues' in rules) return fail(rules.issues);
  // Never written: the port is only read.
  const opened = await openBook(bookArg, resolve(io.cwd, bookArg), lang, io);
  if ('issues' in opened) return fail(opened.issues);
  const { workbook } = opened;

  let outcome: Awaited<ReturnType<typeof explainRun>>;
  try {
    const ruleSet = await ruleSetOrStored(rules.ruleSet, workbook, bookArg, words);
    outcome = await explainRun(workbook, {
      ruleSet,
      ...(values.source === undefined ? {} : { sources: values.source }),
      period,
      ...(elapsed === undefined ? {} : { elapsed }),
      lang,
      units: [unit],
    });
  } catch (error) {
    const issues = contentIssues(error, lang);
    if (issues === null) throw error;
    return fail(issues);
  }
  const { result, stored } = outcome;
  for (const issue of result.issues) io.stderr(`${issueLine(issue, words)}\n`);
  if (hasErrors(result.issues)) {
    await emitJson(result);
    return EXIT_ERRORS;
  }

  const explanation = result.explanations?.[0];
  if (explanation === undefined) {
    const names = result.units.map((u) => u.unit);
    const close = closeNames(unit, names);
    const message =
      close.length > 0
        ? words.unitNotFoundClose({ unit, names: close.join(words.nameSep) })
        : words.unitNotFound({ unit, names: names.slice(0, LISTED_NAMES).join(words.nameSep), count: names.length });
    io.stderr(`${message}\n`);
    // With --json the reader learns why too, not only from the exit code.
    await emitJson({ ...result, units: [], explanations: [], issues: [...result.issues, workbookIssue('unknown-unit', { path: 'UNIT' }, message)] });
    return EXIT_ERRORS;
  }

  const precision = explanation.total.precision;
  const before = stored?.units.find((u) => unitKey(u.unit) === unitKey(explanation.unit));
  if (stored !== null && before !== undefined && before.total !== explanation.total.total) {
    io.stderr(
      `${words.figuresChanged({
        unit: explanation.unit,
        period: result.period.label,
        time: formatRunTime(new Date(stored.time)),
        stored: pts(before.total, precision),
        now: pts(explanation.total.total, precision),
      })}\n`,
    );
  }

  const unitResult = result.units.find((u) => unitKey(u.unit) === unitKey(explanation.unit));
  await emitJson({ ...result, units: unitResult === undefined ? [] : [unitResult] });
  if (jsonTarget !== '-') io.stdout(`${explanationPlain(explanation, lang)}\n`);
  return EXIT_OK;
}
