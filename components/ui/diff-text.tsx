import type { TTextDiff } from "@/lib/domain/documents/text-diff";

/**
 * Inserted and deleted words: underlined / struck through, with words for screen readers, so
 * colour is never the only signal (the legend above says the same for sighted readers).
 */
export function DiffText({ diff, testId }: { diff: TTextDiff; testId?: string }) {
  return (
    <span data-testid={testId}>
      {diff.changes.map((c, i) =>
        c.kind === "same" ? (
          <span key={i}>{c.text}</span>
        ) : c.kind === "added" ? (
          <ins key={i} data-diff="added" className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2">
            <span className="sr-only">[inserted: </span>
            {c.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} data-diff="removed" className="rounded-sm bg-rose-100 text-rose-950 line-through decoration-rose-700 decoration-2">
            <span className="sr-only">[deleted: </span>
            {c.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </span>
  );
}
