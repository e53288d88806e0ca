"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { useStickyBelowHeader } from "@/components/ui/use-sticky-below-header";
import { useClaimsState } from "./claims-provider";

/**
 * The document page's side column (claims panel, details). On wide screens it stays in view beside
 * the text, just below the app's sticky header, and scrolls on its own, so the panel is at hand
 * anywhere in a long article. On narrow screens (phones) it would come after the whole article,
 * so it is a drawer instead: a bar at the bottom of the screen opens it over the lower part of the
 * text, and it opens by itself when the panel is asked to show a claim (one just marked, "Open in
 * panel", a ?claim= link), so a new claim's form is never out of sight.
 */
export function SideColumn({ label, children }: { label: string; children: ReactNode }) {
  const { stickyTop } = useStickyBelowHeader();
  const id = useId();
  const state = useClaimsState();
  const [open, setOpen] = useState(false);
  // Opened during render, not in an effect: the panel's own effect (scroll to the claim, focus its
  // form) runs in the same commit and needs the drawer displayed by then.
  const focusRequest = state?.focusRequest ?? 0;
  const [seenRequest, setSeenRequest] = useState(focusRequest);
  if (focusRequest !== seenRequest) {
    setSeenRequest(focusRequest);
    if (state?.openClaimId) setOpen(true);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // Escape in a field or dialog belongs to that; elsewhere on a phone it closes the drawer.
      const inField = e.target instanceof HTMLElement && e.target.closest("input, textarea, select, dialog, [contenteditable='true']");
      if (e.key === "Escape" && !e.defaultPrevented && !inField && window.matchMedia("(max-width: 63.999rem)").matches) setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  const count = state?.claims.length ?? 0;

  return (
    <>
      <aside
        id={`${id}-drawer`}
        aria-label={label}
        // It can scroll on its own: keyboard users must be able to reach it even when it holds nothing focusable.
        tabIndex={0}
        style={{ "--side-top": `${stickyTop + 16}px` } as React.CSSProperties}
        className={`space-y-6 lg:sticky lg:top-(--side-top) lg:-mx-1.5 lg:max-h-[calc(100vh-var(--side-top)-0.5rem)] lg:overflow-y-auto lg:px-1.5 lg:pb-2 lg:[scrollbar-width:thin] ${
          open
            ? "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[75dvh] max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-t-xl max-lg:bg-slate-100 max-lg:px-3 max-lg:pt-3 max-lg:pb-20 max-lg:shadow-[0_-8px_24px_rgba(15,23,42,0.18)]"
            : "max-lg:hidden"
        }`}
      >
        {children}
      </aside>
      {/* Keeps the end of the article clear of the bar below. */}
      <div aria-hidden="true" className="h-14 lg:hidden" />
      <div className="fixed inset-x-0 bottom-0 z-50 border-t border-slate-200 bg-white/95 px-3 py-2 backdrop-blur lg:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-drawer`}
          onClick={() => setOpen((o) => !o)}
          className="flex w-full items-center justify-between rounded-md bg-slate-900 px-4 py-2.5 text-sm font-medium text-white"
        >
          <span>
            {open ? "Back to the text" : "Claims and details"}
            {!open && <span className="ml-2 rounded-full bg-white/20 px-2 py-0.5 text-xs">{count}</span>}
          </span>
          <span aria-hidden="true">{open ? "▾" : "▴"}</span>
        </button>
      </div>
    </>
  );
}
