// Runs `standings rank` in this process and reports its peak memory, for benchmark 4.
import { runFromProcess } from '../src/cli/main';

process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`));
await runFromProcess(process.argv.slice(2));
