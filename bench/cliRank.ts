// Runs `standings rank` in this process and reports its peak memory and CPU time, for benchmark 4.
import { runFromProcess } from '../src/cli/main';

process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxrss ${usage.maxRSS} cpu ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
});
await runFromProcess(process.argv.slice(2));
