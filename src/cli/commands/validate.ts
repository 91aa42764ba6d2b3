// `standings validate RULES.json`: the rule set's shape and meaning, one error a line.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseRuleSetJson, validateRuleSet } from '../../engine/index';
import { hasErrors } from '../../engine/issues';
import type { Lang } from '../../engine/types';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';
import { issueLine } from '../report';

export async function validateCommand(argv: readonly string[], lang: Lang, io: CliIo): Promise<ExitCode> {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, COMMON_OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpValidate}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(words.needsRules);
  if (positionals.length > 1) throw new UsageError(words.tooManyArguments({ extra: positionals.slice(1).join(' ') }));
  const file = positionals[0];
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(words.cannotReadFile({ path: file, reason: error instanceof Error ? error.message : String(error) }), { cause: error });
  }
  const parsed = parseRuleSetJson(text, lang);
  const checked = hasErrors(parsed.issues) ? { ruleSet: null, issues: [] } : validateRuleSet(parsed.value, lang);
  const issues = [...parsed.issues, ...checked.issues];
  for (const issue of issues) io.stderr(`${issueLine(issue, words)}\n`);
  if (hasErrors(issues) || checked.ruleSet === null) return EXIT_ERRORS;
  io.stdout(`${words.valid({ name: checked.ruleSet.name, indicators: checked.ruleSet.indicators.length })}\n`);
  return EXIT_OK;
}
