// Differential: the engine's totals, ranks, tiers, row order and quota warnings agree exactly
// with the simple reference in tests/engine/reference on random workbooks.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkDifferential } from '../reference/differential';
import { SEED } from './workbook';

const DIFFERENTIAL_RUNS = 3000;

describe('engine agrees with the reference implementation', () => {
  it(`totals, ranks, tiers, row order and quota warnings (${DIFFERENTIAL_RUNS} workbooks)`, () => {
    fc.assert(
      fc.property(fc.gen(), (g) => checkDifferential(g)),
      { seed: SEED, numRuns: DIFFERENTIAL_RUNS },
    );
  });
});
