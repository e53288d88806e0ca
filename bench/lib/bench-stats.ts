/** Median / p95 / min / max of a sample, rounded to `digits` decimals (nearest-rank percentiles). */
export function stats(xs: number[], digits = 0) {
  if (xs.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const r = (v: number) => Number(v.toFixed(digits));
  return { n: s.length, median: r(at(0.5)), p95: r(at(0.95)), min: r(s[0]!), max: r(s[s.length - 1]!) };
}
