import "./editor.css";
import { staticDocumentHtml } from "@/lib/editor/static-html";

/**
 * The stored document as the page shows it, readable as soon as the HTML arrives (before any of
 * the page's scripts have loaded), until the live editor has loaded and synced
 * (lib/editor/static-html.ts builds and escapes the markup).
 */
export function StaticDocument({ content }: { content: unknown }) {
  return <div className="factdesk-prose" dangerouslySetInnerHTML={{ __html: staticDocumentHtml(content) }} />;
}

/**
 * The editor's frame around the static text, shaped like the live editor so nothing jumps when
 * it takes over; the status says the live connection is on its way.
 */
export function StaticEditorFrame({ content, readOnly }: { content: unknown; readOnly: boolean }) {
  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-busy="true">
      <div className="flex items-center justify-between gap-4 rounded-t-lg border-b border-slate-200 px-3 py-2">
        <div className="flex h-8 items-center gap-1.5" aria-hidden="true">
          {Array.from({ length: readOnly ? 1 : 8 }, (_, i) => (
            <span key={i} className={`h-6 animate-pulse rounded bg-slate-100 ${readOnly ? "w-24" : "w-7"}`} />
          ))}
        </div>
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <span className="size-2 animate-pulse rounded-full bg-slate-400" aria-hidden="true" />
          Connecting…
        </p>
      </div>
      <div className="px-5 py-6 sm:px-10 sm:py-8">
        <StaticDocument content={content} />
      </div>
    </div>
  );
}
