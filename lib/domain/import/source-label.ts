/** How the document list names where a document came from: publisher, else the site, else the file, else "Pasted". */
export function sourceLabel(d: { publisher: string | null; sourceUrl: string | null; importKind: string | null; sourceName: string | null }): string {
  if (d.publisher) return d.publisher;
  if (d.sourceUrl) {
    try {
      return new URL(d.sourceUrl).hostname.replace(/^www\./, "");
    } catch {
      // fall through
    }
  }
  if (d.sourceName && d.importKind !== "URL") return d.sourceName;
  if (d.importKind === "TEXT" || d.importKind === "HTML" || d.importKind === "MARKDOWN") return "Pasted";
  return "—";
}
