// `standings templates` and `standings template ID`: the built-in rule sets.
import { TEMPLATES, templateById } from '../../engine/index';
import type { Lang } from '../../engine/types';
import { padTo, textWidth } from '../../workbook/layout/textWidth';
import { COMMON_OPTIONS, parse, UsageError } from '../args';
import { EXIT_OK, type CliIo, type ExitCode } from '../io';
import { CLI_MESSAGES } from '../messages';

export function templatesCommand(argv: readonly string[], lang: Lang, io: CliIo): ExitCode {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, COMMON_OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpTemplates}\n`);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(words.tooManyArguments({ extra: positionals.join(' ') }));
  const width = Math.max(...TEMPLATES.map((t) => textWidth(t.id)));
  for (const t of TEMPLATES) io.stdout(`${padTo(t.id, width)}  ${t.ruleSet.name}\n`);
  return EXIT_OK;
}

export function templateCommand(argv: readonly string[], lang: Lang, io: CliIo): ExitCode {
  const words = CLI_MESSAGES[lang];
  const { values, positionals } = parse(argv, COMMON_OPTIONS, (detail) => words.badOption({ detail }));
  if (values.help === true) {
    io.stdout(`${words.helpTemplate}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(words.needsId);
  if (positionals.length > 1) throw new UsageError(words.tooManyArguments({ extra: positionals.slice(1).join(' ') }));
  const id = positionals[0];
  const ruleSet = templateById(id);
  if (ruleSet === undefined) throw new UsageError(words.unknownTemplate({ id, ids: TEMPLATES.map((t) => t.id).join(', ') }));
  io.stdout(`${JSON.stringify(ruleSet, null, 2)}\n`);
  return EXIT_OK;
}
