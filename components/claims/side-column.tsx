"use client";

import type { ReactNode } from "react";
import { useStickyBelowHeader } from "@/components/ui/use-sticky-below-header";

/**
 * The document page's side column (claims panel, details). On wide screens it stays in view beside
 * the text, just below the app's sticky header, and scrolls on its own, so the panel is at hand
 * anywhere in a long article; on narrow screens it is simply the content below the editor.
 */
export function SideColumn({ label, children }: { label: string; children: ReactNode }) {
  const { stickyTop } = useStickyBelowHeader();
  return (
    <aside
      aria-label={label}
      // It can scroll on its own: keyboard users must be able to reach it even when it holds nothing focusable.
      tabIndex={0}
      style={{ "--side-top": `${stickyTop + 16}px` } as React.CSSProperties}
      className="space-y-6 lg:sticky lg:top-(--side-top) lg:-mx-1.5 lg:max-h-[calc(100vh-var(--side-top)-0.5rem)] lg:overflow-y-auto lg:px-1.5 lg:pb-2 lg:[scrollbar-width:thin]"
    >
      {children}
    </aside>
  );
}
