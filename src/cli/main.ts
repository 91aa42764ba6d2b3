// The `standings` command: dispatch to a command, map errors to exit codes (spec section 5).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { langOf, UsageError } from './args';
import { explainCommand } from './commands/explain';
import { historyCommand } from './commands/history';
import { rankCommand } from './commands/rank';
import { templateCommand, templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
import { EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { CLI_MESSAGES } from './messages';

const COMMANDS = {
  rank: rankCommand,
  validate: validateCommand,
  templates: templatesCommand,
  template: templateCommand,
  history: historyCommand,
  explain: explainCommand,
} as const;

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { lang, bad } = langOf(argv);
  const words = CLI_MESSAGES[lang];
  const [command, ...rest] = argv;
  try {
    if (bad !== null) throw new UsageError(words.badLang({ value: bad }));
    if (command === undefined) {
      io.stderr(`${words.helpMain}\n`);
      return EXIT_USAGE;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${words.helpMain}\n`);
      return EXIT_OK;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as keyof typeof COMMANDS] : undefined;
    if (run === undefined) throw new UsageError(words.unknownCommand({ command }));
    return await run(rest, lang, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT_USAGE;
  }
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
};

/** Runs the command and sets the exit code once output has drained. */
export async function runFromProcess(argv: readonly string[]): Promise<void> {
  process.exitCode = await main(argv, processIo);
}

const invokedPath = process.argv[1] === undefined ? '' : realpathSync(process.argv[1]);
if (invokedPath === fileURLToPath(import.meta.url)) await runFromProcess(process.argv.slice(2));
