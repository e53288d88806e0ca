/**
 * Cleans decoded text without changing what it says: one newline convention, no BOM or stray
 * control characters (PostgreSQL text cannot hold NUL), tabs as spaces, and Unicode in NFC so a
 * composed "é" and "e + ◌́" search alike. Curly quotes, dashes and accents are kept as they are.
 */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n")
      .replace(/\t/g, "    ")
      // C0/C1 controls other than newline, and lone surrogates left by broken encoders.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
      .normalize("NFC")
  );
}
