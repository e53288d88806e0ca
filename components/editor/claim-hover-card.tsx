"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { useClaimsActions, useClaimsState } from "@/components/claims/claims-provider";
import { CLAIM_MARK } from "@/lib/editor/claim-mark";

type TCard = { ids: string[]; top: number; bottom: number; left: number; source: "hover" | "caret" };

const CARD_WIDTH = 336;
const HIDE_AFTER_MS = 220;
const CARET_SETTLE_MS = 180;

/** Claim ids under a DOM node, innermost first (nested claims are nested spans). */
function claimIdsAt(node: Element | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  for (let el = node; el && el !== root; el = el.parentElement) {
    const id = el.getAttribute("data-claim-id");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The card of the claim(s) under the pointer or the caret: quote, restated claim, status, assignee,
 * claimant, and a way into the panel. Escape closes it; it stays open while the pointer is on it.
 * Only claims we know are shown (a mark whose claim is deleted or detached has no card).
 */
export function ClaimHoverCard({ editor }: { editor: Editor }) {
  const ctx = useClaimsActions();
  const state = useClaimsState();
  const [card, setCard] = useState<TCard | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dismissed = useRef("");
  const shown = useRef("");
  const setHovered = ctx?.setHovered;

  useEffect(() => {
    if (!setHovered) return;
    const root = editor.view.dom as HTMLElement;
    const cancelHide = () => {
      if (hideTimer.current) clearTimeout(hideTimer.current);
      hideTimer.current = null;
    };
    const show = (next: TCard) => {
      cancelHide();
      if (dismissed.current === next.ids.join()) return;
      dismissed.current = "";
      const key = `${next.source}:${next.ids.join()}`;
      if (shown.current === key) return;
      shown.current = key;
      setCard(next);
      setHovered(next.ids);
    };
    const hideSoon = () => {
      cancelHide();
      hideTimer.current = setTimeout(() => {
        setCard((c) => (c?.source === "hover" ? null : c));
        setHovered([]);
      }, HIDE_AFTER_MS);
    };
    const onOver = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target.closest("[data-claim-id]") : null;
      const ids = claimIdsAt(target, root);
      if (!target || ids.length === 0) return;
      const r = target.getBoundingClientRect();
      show({ ids, top: r.top, bottom: r.bottom, left: r.left, source: "hover" });
    };
    const onOut = (e: MouseEvent) => {
      const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      if (to?.closest("[data-claim-card]")) return;
      if (e.target instanceof Element && e.target.closest("[data-claim-id]")) {
        // Escape closed it for this visit; coming back later shows it again.
        if (!to?.closest("[data-claim-id]")) dismissed.current = "";
        hideSoon();
      }
    };
    let caretTimer: ReturnType<typeof setTimeout> | null = null;
    const onSelection = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (caretTimer) clearTimeout(caretTimer);
      // Typing inside a claim must not keep popping its card up: only a caret that was moved.
      if (transaction.docChanged) {
        if (shown.current.startsWith("caret:")) setCard(null);
        return;
      }
      caretTimer = setTimeout(() => {
        const { selection } = editor.state;
        if (!selection.empty || !editor.view.hasFocus()) return setCard((c) => (c?.source === "caret" ? null : c));
        const ids = selection.$from
          .marks()
          .filter((m) => m.type.name === CLAIM_MARK && typeof m.attrs.id === "string")
          .map((m) => m.attrs.id as string)
          .reverse();
        if (ids.length === 0) {
          dismissed.current = "";
          return setCard((c) => (c?.source === "caret" ? null : c));
        }
        const r = editor.view.coordsAtPos(selection.from);
        show({ ids, top: r.top, bottom: r.bottom, left: r.left, source: "caret" });
      }, CARET_SETTLE_MS);
    };
    const onScroll = () => setCard(null);
    root.addEventListener("mouseover", onOver);
    root.addEventListener("mouseout", onOut);
    editor.on("selectionUpdate", onSelection);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      cancelHide();
      if (caretTimer) clearTimeout(caretTimer);
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("mouseout", onOut);
      editor.off("selectionUpdate", onSelection);
      window.removeEventListener("scroll", onScroll);
    };
  }, [editor, setHovered]);

  useEffect(() => {
    if (!card) shown.current = "";
  }, [card]);

  useEffect(() => {
    if (!card) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      dismissed.current = card.ids.join();
      setCard(null);
      setHovered?.([]);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [card, setHovered]);

  if (!card || !ctx || !state) return null;
  const claims = card.ids.map((id) => state.claims.find((c) => c.id === id && !c.detachedAt)).filter((c) => c !== undefined);
  if (claims.length === 0) return null;

  const vw = typeof window === "undefined" ? 1024 : window.innerWidth;
  const vh = typeof window === "undefined" ? 768 : window.innerHeight;
  const left = Math.max(8, Math.min(card.left, vw - CARD_WIDTH - 8));
  const below = card.bottom + 8 + 240 < vh;
  const style = below ? { top: card.bottom + 8, left, width: CARD_WIDTH } : { bottom: vh - card.top + 8, left, width: CARD_WIDTH };

  return createPortal(
    <div
      data-claim-card
      role="region"
      aria-label={claims.length === 1 ? "Claim" : `${claims.length} claims here`}
      data-testid="claim-card"
      style={style}
      className="fixed z-40 max-h-[60vh] space-y-3 overflow-auto rounded-lg bg-white p-3.5 text-sm shadow-xl ring-1 ring-slate-200"
      onMouseEnter={() => {
        if (hideTimer.current) clearTimeout(hideTimer.current);
      }}
      onMouseLeave={() => {
        hideTimer.current = setTimeout(() => setCard(null), HIDE_AFTER_MS);
      }}
    >
      {claims.map((c, i) => (
        <div key={c.id} className={i > 0 ? "border-t border-slate-100 pt-3" : ""}>
          <div className="flex items-center justify-between gap-2">
            <ClaimStatusBadge status={c.status} />
            <button
              type="button"
              onClick={() => {
                ctx.openClaim(c.id, { focusPanel: true });
                setCard(null);
              }}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 hover:underline"
            >
              Open in panel
            </button>
          </div>
          <blockquote className="mt-2 line-clamp-3 border-l-2 border-slate-300 pl-2 text-slate-600 italic">{c.quote.exact}</blockquote>
          {c.text.trim() && c.text.trim() !== c.quote.exact.trim() && <p className="mt-2 font-medium text-slate-900">{c.text}</p>}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
            <dt className="text-slate-500">Assignee</dt>
            <dd className="text-slate-800">{c.assignee?.name ?? "Unassigned"}</dd>
            <dt className="text-slate-500">Claimant</dt>
            <dd className="text-slate-800">{c.claimant ?? "Not recorded"}</dd>
          </dl>
        </div>
      ))}
    </div>,
    document.body,
  );
}
