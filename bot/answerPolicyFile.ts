import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AnswerModel, AnswerPolicySettings, DEFAULT_ANSWER_POLICY, Feature, FEATURES, LATER_FEATURES } from '../dialogs/answerPolicy';

const answerPolicySchema = z.object({
  model: z.object(
    Object.fromEntries(
      [...FEATURES, 'bias'].map((name) => [name, LATER_FEATURES.includes(name as Feature) ? z.number().finite().default(0) : z.number().finite()]),
    ) as Record<keyof AnswerModel, z.ZodNumber>,
  ),
  answerThreshold: z.number().min(0).max(1),
  clarifyMargin: z.number().min(0).max(1),
  followUpCoverage: z.number().min(0).max(1).optional(),
  pointingBackCoverage: z.number().min(0).max(1).optional(),
  oneWordClarifyMargin: z.number().min(0).max(1).optional(),
  declineOtherPlaces: z.boolean().optional(),
  suggestThreshold: z.number().min(0).max(1).optional(),
});

/** A policy fitted with `npm run tune -- --out FILE` for another knowledge base; the built-in one without it. */
export function readAnswerPolicy(path: string | undefined, problems: string[] = []): AnswerPolicySettings {
  if (!path) return DEFAULT_ANSWER_POLICY;
  try {
    const parsed = answerPolicySchema.safeParse(JSON.parse(readFileSync(resolve(path), 'utf8')));
    if (parsed.success) return { ...DEFAULT_ANSWER_POLICY, ...parsed.data };
    problems.push(...parsed.error.issues.map((issue) => `LOKET_ANSWER_POLICY ${path}: ${issue.path.join('.')}: ${issue.message}`));
  } catch (error) {
    problems.push(`LOKET_ANSWER_POLICY: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  return DEFAULT_ANSWER_POLICY;
}
