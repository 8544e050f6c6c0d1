/**
 * Name normalization shared by ingestion (lookup keys written to the graph) and the API (lookups by
 * name). Case-, width- and punctuation-insensitive: "ＩＳＯ／ＩＥＣ 27017", "iso/iec 27017" and
 * "ISO-IEC-27017" give the same key.
 */

/** NFKC, lower case, every run of non-letters/digits removed. Empty for text without any. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The keys a name is found by: the name itself, without an edition year (`:2015`, `-2013`), and for
 * joint ISO/IEC designations also the short `ISO nnnnn` form.
 */
export function lookupKeys(text: string): string[] {
  const t = text.normalize('NFKC');
  const variants = new Set<string>([t]);
  const noYear = t.replace(/\s*[:：]\s*(19|20)\d{2}\b/g, '').replace(/(\d)-(19|20)\d{2}\b/g, '$1');
  variants.add(noYear);
  for (const v of [...variants]) variants.add(v.replace(/\bISO\s*\/\s*IEC\b/gi, 'ISO'));
  const out = new Set<string>();
  for (const v of variants) {
    const k = normalizeKey(v);
    if (k) out.add(k);
  }
  return [...out];
}
