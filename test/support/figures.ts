import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the reliability suites leave their figures for the summary printed after the run (test/support/printFigures.ts). */
export const FIGURES_FILE = join(tmpdir(), `loket-figures-${process.env.LOKET_FIGURES_RUN ?? 'manual'}.jsonl`);

export interface Figure {
  suite: string;
  name: string;
  value: number | string;
  unit?: string;
}

/** Records one figure (inputs tried, crashes, messages lost, p99, memory growth) for the end-of-run summary. */
export function recordFigure(suite: string, name: string, value: number | string, unit?: string): void {
  appendFileSync(FIGURES_FILE, `${JSON.stringify({ suite, name, value, ...(unit ? { unit } : {}) } satisfies Figure)}\n`);
}
