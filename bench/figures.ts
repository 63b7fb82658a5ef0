// One figure of `npm run bench`: each bench file records what it measured here, and bench/run.mjs
// prints them all at the end and writes bench/results.md. A figure is a ratio to a baseline measured
// in the same run where one exists (the machine is shared and noisy), with the goal it is judged by.
import { appendFileSync } from 'node:fs';

export interface Figure {
  /** Section of the results table, e.g. "Start cost". */
  section: string;
  /** What was measured, e.g. "action validate, CPU vs `node -e 0`". */
  name: string;
  /** The figure as shown, e.g. "2.31×" or "0.12 calls/resource". */
  value: string;
  /** The goal as shown, e.g. "≤ 2.5×"; omitted when the figure is context. */
  goal?: string;
  /** Whether the goal is met; omitted when there is no goal. */
  met?: boolean;
  /** How it was measured: the raw numbers behind the figure. */
  detail?: string;
}

/** Records a figure for bench/run.mjs (a no-op when a bench file runs on its own). */
export function recordFigure(figure: Figure): void {
  const file = process.env.BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

/** The median of a list of numbers (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
