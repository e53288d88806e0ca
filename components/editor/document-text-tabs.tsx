"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { OriginalView } from "./original-view";

const TABS = [
  { id: "working", label: "Working copy" },
  { id: "original", label: "Original" },
] as const;
type TTab = (typeof TABS)[number]["id"];

/**
 * The working copy (the live editor, `children`) and the original import side by side as tabs.
 * The editor stays mounted while the original is shown, so its collab session is never dropped.
 * ARIA tabs pattern: arrow keys move between tabs.
 */
export function DocumentTextTabs({ workspaceSlug, documentId, children }: { workspaceSlug: string; documentId: string; children: ReactNode }) {
  const [tab, setTab] = useState<TTab>("working");
  // Each visit to the Original tab loads it afresh: the working copy may have changed since.
  const [visit, setVisit] = useState(0);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (next: TTab) => {
    if (next === "original" && tab !== "original") setVisit((v) => v + 1);
    setTab(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length]!.id;
    select(next);
    refs.current[next]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="Document text" className="mb-2 flex gap-1 border-b border-slate-200" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`doc-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`doc-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === t.id ? "border-brand-600 text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="doc-panel-working" aria-labelledby="doc-tab-working" hidden={tab !== "working"}>
        {children}
      </div>
      <div role="tabpanel" id="doc-panel-original" aria-labelledby="doc-tab-original" hidden={tab !== "original"} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {tab === "original" && <OriginalView key={visit} workspaceSlug={workspaceSlug} documentId={documentId} />}
      </div>
    </div>
  );
}
