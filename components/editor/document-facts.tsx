import type { ReactNode } from "react";
import type { TOriginalImportDto } from "@/lib/domain/documents/document-dto";
import { isAllowedHref } from "@/lib/editor/link-policy";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "2011-03-04" (a calendar date, no time zone) → "4 March 2011". */
export function formatCalendarDate(ymd: string): string {
  return dateFormat.format(new Date(`${ymd}T00:00:00Z`));
}

export function formatInstant(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`;
}

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
