// Byte counts as the benchmarks print them: decimal units, as the 4 MB request budget
// (4,000,000 bytes) is counted.
export const fmtBytes = (b: number): string => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(1)} KB` : `${Math.round(b)} B`);
