// Every scoring method, by its `type`.
import { bands } from './bands';
import type { MethodDef } from './method';
import { minmax } from './minmax';
import { perUnit } from './perUnit';
import { rank } from './rank';
import { ratio } from './ratio';
import { relative } from './relative';
import { schedule } from './schedule';

export const METHODS: readonly MethodDef[] = [ratio, schedule, bands, relative, minmax, rank, perUnit];

const byType = new Map(METHODS.map((m) => [m.type, m]));

export function methodOf(type: string): MethodDef | undefined {
  return byType.get(type);
}

export const METHOD_TYPES: readonly string[] = METHODS.map((m) => m.type);
