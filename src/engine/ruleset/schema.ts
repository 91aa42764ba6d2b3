// The rule-set format v1 (spec section 3) as strict zod schemas. Methods are checked by their
// own schemas from the registry (see validate.ts), so this file never lists method fields.
import { z } from 'zod';

export const FORMAT = 'standings/ruleset@1';
export const SCALES = { 元: 1, 万元: 1e4, 亿元: 1e8 } as const;
export type Scale = keyof typeof SCALES;

// Names and labels end up in cells and sheet titles: keep them far below Excel's 32,767 characters.
const text = z.string().trim().min(1).max(255);
const count = z.number().int().min(0);
const percent = z.number().min(0).max(100);

const methodHead = z.looseObject({ type: z.string() });

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  label: text.optional(),
  weight: z.number().positive(),
  target: text.optional(),
  actual: text,
  scale: z.enum(['元', '万元', '亿元']).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  missing: z.enum(['error', 'zero', 'full', 'exclude']).optional(),
  method: methodHead,
});

const bonusOrDeduction = z.strictObject({
  type: z.enum(['bonus', 'deduction']),
  column: text,
  label: text.optional(),
  max: z.number().min(0).optional(),
});

const veto = z.strictObject({
  type: z.literal('veto'),
  column: text,
  label: text.optional(),
});

export const adjustmentSchema = z.discriminatedUnion('type', [bonusOrDeduction, veto]);

export const whenSchema = z.strictObject({
  top: count.optional(),
  bottom: count.optional(),
  topPercent: percent.optional(),
  bottomPercent: percent.optional(),
  minScore: z.number().optional(),
  maxScore: z.number().optional(),
  veto: z.boolean().optional(),
  quota: z.boolean().optional(),
});

export const tierSchema = z.strictObject({
  label: text,
  kind: z.enum(['reward', 'penalty', 'neutral']).optional(),
  when: whenSchema,
});

export const ruleSetSchema = z.strictObject({
  format: z.string(),
  name: text,
  description: z.string().max(2000).optional(),
  unit: z.strictObject({ column: text, groupColumn: text.optional() }),
  indicators: z.array(indicatorSchema).min(1),
  adjustments: z.array(adjustmentSchema).optional(),
  total: z
    .strictObject({
      precision: z.number().int().min(0).max(10).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .optional(),
  ranking: z
    .strictObject({
      ties: z.enum(['competition', 'dense']).optional(),
      tieBreak: z.array(z.string()).optional(),
      byGroup: z.boolean().optional(),
    })
    .optional(),
  tiers: z.array(tierSchema).optional(),
  sources: z.array(text).optional(),
});

export type RuleSetInput = z.infer<typeof ruleSetSchema>;
export type IndicatorRule = z.infer<typeof indicatorSchema>;
export type AdjustmentRule = z.infer<typeof adjustmentSchema>;
export type TierRule = z.infer<typeof tierSchema>;
export type When = z.infer<typeof whenSchema>;

/** A validated rule set; `method` objects have passed their own method's schema. */
export type RuleSet = RuleSetInput;
