// What a command touches outside itself, so tests and the demo can run it in-process.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory relative paths are resolved from. */
  cwd: string;
  now: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_ERRORS | typeof EXIT_USAGE;
