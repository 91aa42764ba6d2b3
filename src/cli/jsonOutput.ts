// `--json` for the commands that run the engine (rank, explain): the result written where the
// option says (`-`: standard output), and a run that stops early printed and written the same way.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RunResult } from '../engine/types';
import { UsageError } from './args';
import { failedResult, reason, type CliIssue } from './bookInputs';
import { EXIT_ERRORS, type CliIo, type ExitCode } from './io';
import type { CliMessages } from './messages';
import { issueLine } from './report';

export interface JsonOutput {
  /** Writes `result` where `--json` says; nothing without the option. */
  emit: (result: RunResult<CliIssue['code']>) => Promise<void>;
  /** Prints `issues` one a line, writes a result with them and no units, and gives exit 1. */
  fail: (issues: CliIssue[]) => Promise<ExitCode>;
}

export function jsonOutput(target: string | undefined, run: { period: string; elapsed: number | undefined }, io: CliIo, words: CliMessages): JsonOutput {
  const emit = async (result: RunResult<CliIssue['code']>): Promise<void> => {
    if (target === undefined) return;
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (target === '-') {
      io.stdout(text);
      return;
    }
    try {
      await writeFile(resolve(io.cwd, target), text);
    } catch (error) {
      throw new UsageError(words.cannotWriteFile({ path: target, reason: reason(error) }), { cause: error });
    }
  };
  return {
    emit,
    fail: async (issues) => {
      for (const issue of issues) io.stderr(`${issueLine(issue, words)}\n`);
      await emit(failedResult(issues, run.period, run.elapsed));
      return EXIT_ERRORS;
    },
  };
}
