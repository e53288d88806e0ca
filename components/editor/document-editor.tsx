"use client";

import "./editor.css";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import Placeholder from "@tiptap/extension-placeholder";
import { EditorContent, Extension, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useClaimsActions } from "@/components/claims/claims-provider";
import { documentExtensions, YDOC_FIELD } from "@/lib/editor/extensions";
import { renderCaret, renderSelection } from "./caret";
import { ClaimBubbleMenu } from "./claim-bubble-menu";
import { ClaimHoverCard } from "./claim-hover-card";
import { claimCollabSession, type TAccessState, type TCollabSession, type TCollabToken, type TCollabUser } from "./collab-session";
import { EditorSkeleton } from "./editor-skeleton";
import { EditorToolbar } from "./editor-toolbar";
import { MARK_CLAIM_SHORTCUT } from "./shortcuts";
import { MarkClaimIcon } from "./toolbar-icons";
import { LinkDialog } from "./link-dialog";
import { CollabSyncStatus } from "./collab-sync-status";
import { PresenceList } from "./presence-list";
import { remoteOnlyAwareness } from "./remote-awareness";
import { usePresence } from "./use-presence";
import { useStickyBelowHeader } from "@/components/ui/use-sticky-below-header";

// Timeline marks (DevTools' Performance panel, bench:editor): when the editor code arrived.
performance.mark("factdesk:editor-code");

export type TDocumentEditorProps = {
  workspaceSlug: string;
  documentId: string;
  /** "doc:<id>": the Hocuspocus document name. */
  documentName: string;
  /** Path (or ws(s) URL) of the collab server; the token route may name another. */
  socketPath: string;
  /** Nobody may edit the text here: the role does not allow it, or the text is locked. */
  readOnly: boolean;
  /** The text is locked (when the page was rendered): read-only, but claims can still be marked. */
  textLocked?: boolean;
  user: TCollabUser;
  /** A token issued with the page, saving a round trip on open; fetched on demand otherwise. */
  initialToken?: TCollabToken | null;
  /** Called once the editor holds the document (first sync, or a local copy), to take over from the page's static text. */
  onLive?: () => void;
};

/**
 * The collaborative editor of one document. Loaded only in the browser (next/dynamic, ssr:false)
 * so Y.js is instantiated once. The session (Y.Doc + IndexedDB + socket) lives as long as the
 * component; the editor binds to it.
 */
export default function DocumentEditor(props: TDocumentEditorProps) {
  const [session, setSession] = useState<TCollabSession | null>(null);
  const [access, setAccess] = useState<TAccessState>({ denied: false, demoted: false, textLocked: null });
  const { workspaceSlug, documentId, documentName, socketPath, readOnly, user, initialToken, onLive } = props;
  const textLocked = access.textLocked ?? props.textLocked ?? false;
  const router = useRouter();
  // Locked or unlocked while open: the editor follows at once; the page (lock bar, token, session) on refresh.
  useEffect(() => {
    if (access.textLocked !== null) router.refresh();
  }, [access.textLocked, router]);

  useEffect(() => {
    const s = claimCollabSession({ workspaceSlug, documentId, documentName, socketPath, readOnly, userId: user.id, initialToken });
    const unsubscribe = s.onAccessChange(setAccess);
    // The session is an external resource (socket, IndexedDB) that must be created and destroyed
    // with the effect, not during render (StrictMode renders twice); state hands it to the editor.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAccess(s.access());
    setSession(s);
    return () => {
      unsubscribe();
      setSession(null);
      s.destroy();
    };
    // The token only seeds the first connection; a new one must not tear the session down.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceSlug, documentId, documentName, socketPath, readOnly, user.id]);

  if (!session) return <EditorSkeleton readOnly={readOnly} />;
  return (
    <CollabEditor
      key={session.ydoc.guid}
      session={session}
      readOnly={readOnly || access.demoted || textLocked}
      textLocked={textLocked}
      demoted={access.demoted}
      user={user}
      denied={access.denied}
      onLive={onLive}
    />
  );
}

// Without a server or a local copy the editor would be empty; show it anyway after this long, so
// its status ("Offline…", "Reconnecting…") is visible and typing is possible.
const LIVE_AFTER_MS = 6000;

function CollabEditor(props: {
  session: TCollabSession;
  readOnly: boolean;
  textLocked: boolean;
  demoted: boolean;
  user: TCollabUser;
  denied: boolean;
  onLive?: () => void;
}) {
  const { session, readOnly, textLocked, demoted, user, denied, onLive } = props;
  useLiveWhenLoaded(session, onLive);
  const [linkOpen, setLinkOpen] = useState(false);
  const openLink = useRef(() => setLinkOpen(true));
  const { barRef, stickyTop } = useStickyBelowHeader();
  const people = usePresence(session.provider, user.id);
  // Claims: present on the document page (ClaimsProvider); the editor works without them.
  const claims = useClaimsActions();
  // A locked text is read-only but still takes claims (the claims API adds their marks).
  const canMark = !!claims?.canEdit && !demoted && !denied && (!readOnly || textLocked);
  const canMarkRef = useRef(canMark);
  useEffect(() => {
    canMarkRef.current = canMark;
  }, [canMark]);
  const markClaim = useRef<() => void>(() => {});
  useEffect(() => {
    markClaim.current = canMark && claims ? () => void claims.markClaim() : () => {};
  }, [canMark, claims]);

  const editor = useEditor(
    {
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editable: !readOnly,
      extensions: [
        ...documentExtensions({ collaborative: true }),
        Collaboration.configure({ document: session.ydoc, field: YDOC_FIELD }),
        CollaborationCaret.configure({
          // Only other people's awareness changes reach the caret plugin (remote-awareness.ts).
          provider: { awareness: session.provider.awareness ? remoteOnlyAwareness(session.provider.awareness) : null },
          user: { id: user.id, name: user.name, color: user.color },
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        Placeholder.configure({ placeholder: readOnly ? "" : "Start writing, or paste the article text…" }),
        Extension.create({
          name: "linkDialogShortcut",
          addKeyboardShortcuts() {
            return {
              "Mod-k": () => {
                if (!this.editor.isEditable) return false;
                openLink.current();
                return true;
              },
              [MARK_CLAIM_SHORTCUT]: () => {
                if (!this.editor.isEditable) return false;
                markClaim.current();
                return true;
              },
            };
          },
        }),
      ],
      editorProps: { attributes: editorAttributes(readOnly) },
    },
    [session],
  );

  // The claims on the page follow this editor's document and its collab messages.
  useEffect(() => claims?.attach({ editor, provider: session.provider, canMark: () => canMarkRef.current }), [claims, editor, session]);

  useEffect(() => {
    editor.setEditable(!readOnly);
    editor.setOptions({ editorProps: { attributes: editorAttributes(readOnly) } });
  }, [editor, readOnly]);

  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <div ref={barRef} style={{ top: stickyTop }} className="sticky z-10 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-t-lg border-b border-slate-200 bg-white/95 px-3 py-2 backdrop-blur">
        {textLocked && !demoted ? (
          <div className="flex items-center gap-2">
            <span
              className="inline-flex items-center gap-1.5 rounded-full bg-slate-800 px-2.5 py-1 text-xs font-semibold text-white"
              data-testid="text-locked-badge"
              title="The article's text is locked: nobody can change it until an editor unlocks it."
            >
              <svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.7" aria-hidden="true">
                <rect x="4" y="9" width="12" height="8" rx="1.5" />
                <path d="M7 9V6a3 3 0 0 1 6 0v3" strokeLinecap="round" />
              </svg>
              Text locked
            </span>
            {canMark && (
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => markClaim.current()}
                className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200 ring-inset hover:bg-slate-50"
              >
                <MarkClaimIcon />
                Mark claim
              </button>
            )}
          </div>
        ) : readOnly ? (
          <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-1 text-xs font-semibold text-slate-700 ring-1 ring-inset ring-slate-200" data-testid="view-only-badge">
            <svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.7" aria-hidden="true">
              <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z" />
              <circle cx="10" cy="10" r="2.5" />
            </svg>
            View only
          </span>
        ) : (
          <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} onMarkClaim={canMark ? () => markClaim.current() : undefined} />
        )}
        <div className="flex items-center gap-4">
          <PresenceList users={people} />
          <CollabSyncStatus session={session} readOnly={readOnly} denied={denied} />
        </div>
      </div>
      {demoted && !denied && (
        <p role="alert" className="border-b border-amber-200 bg-amber-50 px-5 py-2 text-sm text-amber-900">
          Your role in this workspace no longer allows editing. Anything you typed since stays in this browser only.
        </p>
      )}
      {denied && (
        <p role="alert" className="border-b border-red-200 bg-red-50 px-5 py-2 text-sm text-red-800">
          You no longer have access to this document. Anything you typed stays in this browser; reload after your access is restored.
        </p>
      )}
      <EditorContent editor={editor} className="px-5 py-6 sm:px-10 sm:py-8" />
      {!readOnly && <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />}
      {canMark && <ClaimBubbleMenu editor={editor} onMark={() => markClaim.current()} readOnlyText={readOnly} />}
      {claims && <ClaimHoverCard editor={editor} />}
    </div>
  );
}

function editorAttributes(readOnly: boolean): Record<string, string> {
  return {
    id: "document-editor",
    class: "factdesk-prose",
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": "Document text",
    ...(readOnly ? { "aria-readonly": "true" } : {}),
  };
}

/** Calls onLive once the session holds the document: synced with the server, or a non-empty local copy. */
function useLiveWhenLoaded(session: TCollabSession, onLive: (() => void) | undefined) {
  const onLiveRef = useRef(onLive);
  useEffect(() => {
    onLiveRef.current = onLive;
  }, [onLive]);
  useEffect(() => {
    let done = false;
    const fire = () => {
      if (done) return;
      done = true;
      onLiveRef.current?.();
    };
    const hasContent = () => session.ydoc.getXmlFragment(YDOC_FIELD).length > 0;
    if (session.provider.isSynced || hasContent()) fire();
    session.provider.on("synced", fire);
    const onLocal = () => hasContent() && fire();
    session.local?.on("synced", onLocal);
    const timer = setTimeout(fire, LIVE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      session.provider.off("synced", fire);
      session.local?.off("synced", onLocal);
    };
  }, [session]);
}
