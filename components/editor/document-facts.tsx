import type { ReactNode } from "react";
import { formatBytes, formatInstant } from "@/components/ui/format";
import type { TOriginalImportDto } from "@/lib/domain/documents/document-dto";
import { isAllowedHref } from "@/lib/editor/link-policy";

/** A link to the article's source, only for http(s) addresses; anything else is shown as text. */
export function SourceLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isAllowedHref(href) || href.toLowerCase().startsWith("mailto:")) return <span className="break-all">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="break-all font-medium text-brand-700 underline-offset-2 hover:underline">
      {children ?? href}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

const KIND_LABELS: Record<string, string> = {
  TEXT: "Plain text",
  HTML: "HTML",
  MARKDOWN: "Markdown",
  DOCX: "Word document (.docx)",
  URL: "Web address",
};

/** The immutable original beside the editable text: where it came from, when, and its fingerprint. */
export function OriginalImportFacts({ original, importedBy }: { original: TOriginalImportDto; importedBy: string | null }) {
  const rows: [string, ReactNode][] = [
    ["Imported from", KIND_LABELS[original.kind] ?? original.kind],
    ...(original.sourceName
      ? [[original.kind === "URL" ? "Fetched from" : "File", original.kind === "URL" ? <SourceLink href={original.sourceName} /> : <span className="break-all">{original.sourceName}</span>] as [string, ReactNode]]
      : []),
    ...(original.leftOut.length
      ? [
          [
            "Left out of the article",
            <ul key="left-out" className="list-disc space-y-1 pl-4">
              {original.leftOut.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>,
          ] as [string, ReactNode],
        ]
      : []),
    ["Imported by", importedBy ?? "A former member"],
    ["Imported", formatInstant(original.importedAt)],
    ["Size", `${formatBytes(original.byteSize)}${original.mimeType ? ` · ${original.mimeType}` : ""}`],
    [
      "SHA-256",
      <code key="sha" title={original.sha256} className="font-mono text-xs text-slate-700">
        {original.sha256.slice(0, 16)}…
      </code>,
    ],
  ];
  return (
    <dl className="space-y-3 text-sm">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
