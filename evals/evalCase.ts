import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** One evaluation case, in the format of ../shared/evals/README.md. */
const evalCaseSchema = z.object({
  id: z.string().min(1),
  q: z.string(),
  lang: z.enum(['nl', 'en']).optional(),
  history: z.array(z.string()).optional(),
  expect: z
    .object({
      article: z.string().min(1).optional(),
      abstain: z.boolean().optional(),
      handover: z.boolean().optional(),
      mentions: z.union([z.string(), z.array(z.string())]).optional(),
    })
    .refine(
      (expect) => expect.article || expect.abstain || expect.handover !== undefined || expect.mentions,
      'expect needs article, abstain, handover or mentions',
    ),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

export async function readCases(path: string): Promise<EvalCase[]> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const parsed = evalCaseSchema.safeParse(JSON.parse(line));
      if (parsed.success) cases.push(parsed.data);
      else problems.push(`${path}:${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    } catch {
      problems.push(`${path}:${index + 1}: not JSON`);
    }
  });
  if (problems.length > 0) throw new Error(`Invalid evaluation cases:\n${problems.join('\n')}`);
  return cases;
}

export function mentionsOf(evalCase: EvalCase): string[] {
  const mentions = evalCase.expect.mentions;
  return mentions === undefined ? [] : Array.isArray(mentions) ? mentions : [mentions];
}
