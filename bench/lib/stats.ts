/** Small statistics helpers for benchmark summaries. */

/** Median of the finite values (NaN marks a missing sample); NaN when there is none. */
export function median(values: number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const mean = (values: number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;

/** Mean time of the last 10 % of batches ÷ the first 10 % (at least one batch each); NaN under 2 batches. */
export function lateEarlyRatio(batchMs: number[]): number {
  if (batchMs.length < 2) return Number.NaN;
  const k = Math.max(1, Math.floor(batchMs.length / 10));
  return mean(batchMs.slice(-k)) / mean(batchMs.slice(0, k));
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/** A markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
