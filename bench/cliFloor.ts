// The I/O floor for benchmark 4: read a workbook with exceljs and write it back, nothing else.
// Run as a child process so its wall time and peak memory are measured like the CLI's.
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
const book = new ExcelJS.Workbook();
await book.xlsx.readFile(input);
await book.xlsx.writeFile(output);
const usage = process.resourceUsage();
process.stderr.write(`maxrss ${usage.maxRSS} cpu ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
