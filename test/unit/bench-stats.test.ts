/** Summary statistics of the benchmark: medians over repeats and the late/early batch ratio. */
import { describe, expect, it } from 'vitest';
import { lateEarlyRatio, median, table } from '../../bench/lib/stats.ts';

describe('bench statistics', () => {
  it('takes the median of the finite samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, Number.NaN, 1, 3])).toBe(3);
    expect(median([Number.NaN])).toBeNaN();
  });

  it('compares the last tenth of the batches with the first tenth', () => {
    const flat = Array.from({ length: 40 }, () => 10);
    expect(lateEarlyRatio(flat)).toBe(1);
    // A write that slows down with the data already stored (a MERGE without an index) shows up.
    const growing = Array.from({ length: 40 }, (_, i) => 10 + i);
    expect(lateEarlyRatio(growing)).toBeCloseTo((46 + 47 + 48 + 49) / 4 / ((10 + 11 + 12 + 13) / 4), 6);
    expect(lateEarlyRatio([5, 20])).toBe(4);
    expect(lateEarlyRatio([5])).toBeNaN();
  });

  it('prints markdown tables', () => {
    expect(table(['a', 'b'], [[1, 'x']])).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
  });
});
