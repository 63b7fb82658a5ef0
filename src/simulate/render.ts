// The terminal view of a simulation: per plan a table of resources and vaults, then totals, API calls,
// assumptions and violations. Plain text, aligned columns.
import type { SimulationResult } from './result.js';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '-');

export function renderSimulation(result: SimulationResult): string {
  const out: string[] = [
    `Simulated ${result.days} days, ${day(result.start)} → ${day(result.end)} (${result.ticks} backup runs, ${result.pruneRuns} prune runs)`,
  ];
  for (const plan of result.plans) {
    out.push(
      '',
      `Plan ${plan.id}: ${plan.jobs} backup jobs, ${plan.copies} copy jobs, ${plan.deleted} points deleted` +
        ` (rules: ${plan.rules.map((r) => `${r.name} ${r.slots} slots`).join(', ')})`,
    );
    out.push(
      table(
        ['resource', 'vault', 'points', 'oldest', 'warm GiB', 'cold GiB', `${result.prices.currency}/month`],
        plan.resources.map((r) => [
          r.arn,
          r.vault,
          String(r.recoveryPoints),
          day(r.oldest),
          r.storageByClass.WARM.toFixed(1),
          r.storageByClass.COLD.toFixed(1),
          r.costPerMonth.toFixed(2),
        ]),
      ),
    );
  }
  out.push(
    '',
    `Storage at the end: ${result.storageGiB.WARM.toFixed(1)} GiB warm, ${result.storageGiB.COLD.toFixed(1)} GiB cold; ` +
      `estimated ${result.costPerMonth.toFixed(2)} ${result.prices.currency}/month`,
    `API calls: ${
      Object.entries(result.apiCalls)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ') || 'none'
    }`,
    `Error answers (handled by the runs, e.g. a 404 confirming a delete): ${
      Object.entries(result.errorAnswers)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ') || 'none'
    }`,
    'Assumptions:',
    ...result.assumptions.map((a) => `  - ${a}`),
  );
  if (result.violations.length === 0) out.push('Violations: none');
  else {
    out.push(`Violations (${result.violations.length}):`);
    out.push(...result.violations.slice(0, 50).map((v) => `  - ${v}`));
    if (result.violations.length > 50)
      out.push(`  … and ${result.violations.length - 50} more (--json lists all)`);
  }
  return out.join('\n');
}

/** A one-line progress bar for a TTY (`\r`-rewritten). */
export function progressBar(fraction: number, width = 30): string {
  const f = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(f * width);
  return `simulating [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(f * 100)}%`;
}
