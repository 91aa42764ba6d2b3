#!/usr/bin/env node
// The `standings` command. The CLI is TypeScript run through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('../src/cli/main.ts');
await runFromProcess(process.argv.slice(2));
