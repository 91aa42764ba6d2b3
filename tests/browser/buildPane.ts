// Builds the task pane with the project's webpack config, as `npm run build` does, into a folder
// of the test's choosing. `harness` adds the fake-Excel harness entry ahead of the pane.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '../..');

export async function buildPane(options: { outDir: string; harness?: boolean; baseUrl?: string }): Promise<void> {
  const args = [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', `outDir=${options.outDir}`];
  if (options.harness) args.push('--env', 'harness');
  const env = { ...process.env, ...(options.baseUrl ? { ADDIN_BASE_URL: options.baseUrl } : {}) };
  if (!options.baseUrl) delete env.ADDIN_BASE_URL;
  await promisify(execFile)(process.execPath, args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
}
