// Where LibreOffice's `soffice` is, for the tests that open our files in another spreadsheet
// program; null where it is not installed (the tests then skip, saying why; .ci/run installs it).
import { execFileSync } from 'node:child_process';

export function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
