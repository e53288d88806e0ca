"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { Editor } from "@tiptap/core";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { buildTextMap, collectClaimRuns, type TTextRun } from "@/lib/editor/text-map";
import { claimHighlightCss } from "./claim-status-style";
import { claimsApi } from "./claims-api";
import { claimRunIn, selectionTextRange, selectTextRange, type TTextRange } from "./editor-ranges";

/** A member who may be assigned a claim (can edit content). */
export type TClaimMember = { id: string; name: string; email: string; /** May sign off verdicts (offered as a requested reviewer). */ canReview?: boolean };

export type TClaimsConfig = {
  workspaceSlug: string;
  documentId: string;
  canEdit: boolean;
  currentUserId: string;
  members: TClaimMember[];
};

export type TNotice = { tone: "error" | "info"; message: string };

export type TClaimsState = {
  claims: TClaimDto[];
  /** Where each claim's mark sits in the live document (text offsets); null until the editor is live. */
  runs: Map<string, TTextRun[]> | null;
  openClaimId: string | null;
  /** Claims emphasised in the text (hovered, under the caret, or open in the panel). */
  activeIds: string[];
  refreshing: boolean;
  marking: boolean;
  notice: TNotice | null;
  /** Bumped when something asks the panel to move focus to the open claim. */
  focusRequest: number;
};

export type TClaimsActions = {
  /** The live editor binds itself here; returns the unbind. */
  /** `canMark`: whether the editor lets this person mark claims now (it may be read-only because the text is locked). */
  attach: (live: { editor: Editor; provider: HocuspocusProvider; canMark: () => boolean }) => () => void;
  markClaim: () => Promise<void>;
  openClaim: (id: string | null, opts?: { focusPanel?: boolean }) => void;
  /** Scrolls the editor to the claim and selects its text; false when its mark is not in the text. */
  selectInEditor: (id: string) => boolean;
  selectRange: (start: number, end: number) => boolean;
  selectionRange: () => TTextRange | null;
  /** The live document's plain text now (null before the editor is live). */
  liveText: () => string | null;
  refetch: () => Promise<void>;
  upsert: (claim: TClaimDto) => void;
  remove: (id: string) => void;
  setHovered: (ids: string[]) => void;
  setNotice: (notice: TNotice | null) => void;
};

const ConfigContext = createContext<(TClaimsConfig & TClaimsActions) | null>(null);
const StateContext = createContext<TClaimsState | null>(null);

/** The claims config and actions, or null outside a document page (stable across renders). */
export const useClaimsActions = () => useContext(ConfigContext);
export const useClaimsState = () => useContext(StateContext);

// The panel's text order and the highlight bookkeeping follow the document at this pace, never per
// keystroke: typing stays as fast with 200 claims as with none.
const RUNS_DEBOUNCE_MS = 300;
// A mark must not be created on text the server has not seen: wait this long for our edits' acks.
const SAVE_WAIT_MS = 5000;
// The text moved on between our read and the server's: one more try after the edits settle.
const RETRY_AFTER_MS = 700;
const NOTICE_MS = 6000;

const sameIdSet = (a: Iterable<string>, b: Set<string>) => {
  const list = [...a];
  return list.length === b.size && list.every((id) => b.has(id));
};

/**
 * The refetched list, keeping the objects of claims that did not change: a refetch while someone
 * types inside a claim (its quote changes with every store) re-renders that one entry, not all.
 */
function reuseUnchanged(prev: TClaimDto[], next: TClaimDto[]): TClaimDto[] {
  const old = new Map(prev.map((c) => [c.id, c]));
  let same = prev.length === next.length;
  const out = next.map((c, i) => {
    const before = old.get(c.id);
    const keep = before !== undefined && JSON.stringify(before) === JSON.stringify(c);
    if (!keep || prev[i] !== before) same = false;
    return keep ? before : c;
  });
  return same ? prev : out;
}

function waitForSaved(provider: HocuspocusProvider, timeoutMs: number): Promise<void> {
  if (provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      provider.off("unsyncedChanges", check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => provider.unsyncedChanges === 0 && done();
    const timer = setTimeout(done, timeoutMs);
    provider.on("unsyncedChanges", check);
  });
}

/**
 * The document page's claims: loaded on the server, kept fresh in the browser (refetched when the
 * collab server says claims changed and when the set of claim marks in the document changes),
 * styled in the editor by status, and acted on from the toolbar, bubble menu, hover card and panel.
 */
export function ClaimsProvider(props: TClaimsConfig & { initialClaims: TClaimDto[]; focusClaimId?: string | null; children: ReactNode }) {
  const { workspaceSlug, documentId, canEdit, currentUserId, members, initialClaims, focusClaimId, children } = props;
  const [state, setState] = useState<TClaimsState>({
    claims: initialClaims,
    runs: null,
    openClaimId: null,
    activeIds: [],
    refreshing: false,
    marking: false,
    notice: null,
    focusRequest: 0,
  });
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const liveRef = useRef<{ editor: Editor; provider: HocuspocusProvider; canMark: () => boolean } | null>(null);
  const hoveredRef = useRef<string[]>([]);
  const pendingFocus = useRef<string | null>(focusClaimId ?? null);

  const patch = useCallback((p: Partial<TClaimsState> | ((s: TClaimsState) => Partial<TClaimsState>)) => {
    setState((s) => ({ ...s, ...(typeof p === "function" ? p(s) : p) }));
  }, []);

  const actions = useMemo<TClaimsActions>(() => {
    // One list request at a time; calls while one runs ask for one more round after it.
    const fetching: { current: Promise<void> | null; again: boolean } = { current: null, again: false };
    const refetch = async (): Promise<void> => {
      if (fetching.current) {
        fetching.again = true;
        return fetching.current;
      }
      fetching.current = (async () => {
        do {
          fetching.again = false;
          patch({ refreshing: true });
          const res = await claimsApi.list(workspaceSlug, documentId);
          if (res.ok) patch((st) => ({ claims: reuseUnchanged(st.claims, res.value.claims) }));
        } while (fetching.again);
        patch({ refreshing: false });
      })().finally(() => {
        fetching.current = null;
      });
      return fetching.current;
    };

    const activeIdsFor = (open: string | null) => [...new Set([...hoveredRef.current, ...(open ? [open] : [])])];

    const selectionRange = () => (liveRef.current ? selectionTextRange(liveRef.current.editor) : null);
    const liveText = () => (liveRef.current ? buildTextMap(liveRef.current.editor.state.doc).text : null);
    const selectRange = (start: number, end: number) => (liveRef.current ? selectTextRange(liveRef.current.editor, start, end) : false);
    const selectInEditor = (id: string) => {
      const live = liveRef.current;
      if (!live) return false;
      const claim = stateRef.current.claims.find((c) => c.id === id);
      const found = claimRunIn(live.editor, id, claim?.quote.exact);
      return found ? selectTextRange(live.editor, found.run.start, found.run.end, found.map) : false;
    };
    const openClaim = (id: string | null, opts: { focusPanel?: boolean } = {}) =>
      patch((s) => ({ openClaimId: id, activeIds: activeIdsFor(id), focusRequest: opts.focusPanel ? s.focusRequest + 1 : s.focusRequest }));
    const upsert = (claim: TClaimDto) =>
      patch((s) => ({ claims: s.claims.some((c) => c.id === claim.id) ? s.claims.map((c) => (c.id === claim.id ? claim : c)) : [...s.claims, claim] }));
    const remove = (id: string) =>
      patch((s) => ({ claims: s.claims.filter((c) => c.id !== id), openClaimId: s.openClaimId === id ? null : s.openClaimId }));

    const markClaim = async () => {
      const live = liveRef.current;
      if (!live || !canEdit || stateRef.current.marking) return;
      if (!live.canMark()) return;
      if (!selectionRange()) {
        patch({ notice: { tone: "info", message: "Select the words of the claim in the text first, then press Mark claim." } });
        return;
      }
      patch({ marking: true, notice: null });
      try {
        for (let attempt = 0; attempt < 2; attempt++) {
          await waitForSaved(live.provider, SAVE_WAIT_MS);
          // Read the range now: the selection follows everyone's edits while we waited.
          const range = selectionRange();
          if (!range) {
            patch({ notice: { tone: "info", message: "The selection is gone. Select the claim's words again." } });
            return;
          }
          const res = await claimsApi.create(workspaceSlug, { documentId, ...range });
          if (res.ok) {
            upsert(res.value);
            openClaim(res.value.id, { focusPanel: true });
            return;
          }
          if (res.status !== 409 || attempt === 1) {
            patch({ notice: { tone: "error", message: res.message } });
            return;
          }
          await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
        }
      } finally {
        patch({ marking: false });
      }
    };

    const attach = (live: { editor: Editor; provider: HocuspocusProvider; canMark: () => boolean }) => {
      liveRef.current = live;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let lastIds: Set<string> | null = null;
      let lastOrder = "";
      const recompute = () => {
        timer = null;
        if (live.editor.isDestroyed) return;
        const map = buildTextMap(live.editor.state.doc);
        const runs = collectClaimRuns(live.editor.state.doc, map);
        // The map lists claims by where they first appear: while that order holds (plain typing),
        // the panel has nothing to re-render.
        const order = [...runs.keys()].join();
        if (order !== lastOrder || lastIds === null) {
          lastOrder = order;
          patch({ runs });
        }
        const known = new Set(stateRef.current.claims.map((c) => c.id));
        const changed = lastIds !== null && !sameIdSet(runs.keys(), lastIds);
        const unknown = lastIds === null && [...runs.keys()].some((id) => !known.has(id));
        lastIds = new Set(runs.keys());
        if (changed || unknown) void refetch();
        const focus = pendingFocus.current;
        if (focus && runs.has(focus)) {
          pendingFocus.current = null;
          openClaim(focus);
          requestAnimationFrame(() => selectInEditor(focus));
        } else if (focus && stateRef.current.claims.find((c) => c.id === focus)?.detachedAt) {
          // Linked to a claim that needs re-anchoring: show it in that list.
          pendingFocus.current = null;
          openClaim(focus, { focusPanel: true });
        }
      };
      const schedule = () => {
        if (timer === null) timer = setTimeout(recompute, RUNS_DEBOUNCE_MS);
      };
      const onStateless = ({ payload }: { payload: string }) => {
        try {
          if ((JSON.parse(payload) as { type?: string }).type === "claims-changed") void refetch();
        } catch {
          // Not ours.
        }
      };
      live.editor.on("update", schedule);
      live.provider.on("stateless", onStateless);
      recompute();
      return () => {
        if (timer) clearTimeout(timer);
        live.editor.off("update", schedule);
        live.provider.off("stateless", onStateless);
        if (liveRef.current === live) liveRef.current = null;
        patch({ runs: null });
      };
    };

    return {
      attach,
      markClaim,
      openClaim,
      selectInEditor,
      selectRange,
      selectionRange,
      liveText,
      refetch,
      upsert,
      remove,
      setHovered: (ids) => {
        hoveredRef.current = ids;
        patch((s) => ({ activeIds: activeIdsFor(s.openClaimId) }));
      },
      setNotice: (notice) => patch({ notice }),
    };
  }, [workspaceSlug, documentId, canEdit, patch]);

  // Info notices ("Claim deleted.") go away by themselves; errors stay until dismissed.
  const notice = state.notice;
  useEffect(() => {
    if (notice?.tone !== "info") return;
    const t = setTimeout(() => patch((s) => (s.notice === notice ? { notice: null } : {})), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice, patch]);

  const config = useMemo(() => ({ workspaceSlug, documentId, canEdit, currentUserId, members, ...actions }), [workspaceSlug, documentId, canEdit, currentUserId, members, actions]);
  const styled = useMemo(() => state.claims.filter((c) => !c.detachedAt), [state.claims]);
  const css = useMemo(() => claimHighlightCss(styled, state.activeIds), [styled, state.activeIds]);

  return (
    <ConfigContext.Provider value={config}>
      <StateContext.Provider value={state}>
        <style data-testid="claim-highlight-styles">{css}</style>
        {children}
      </StateContext.Provider>
    </ConfigContext.Provider>
  );
}
