import { globSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/reviews/default-rating-scale";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { addComment } from "@/lib/server/comments/add-comment";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { call, ctx, tokenFor } from "../claims/api";
import { rangeOf, seedDoc } from "../claims/helpers";
import { actorOf, createUser, workspaceWithEveryRole } from "../workspaces/fixtures";

/**
 * Issue 9 §1: a request must never choose who the caller is. Every route handler under app/api is
 * listed here (the list is checked against the filesystem, so a new route fails this test until
 * it is added). Each mutating handler gets a valid body plus, one at a time, every key the server
 * sets itself (`actor`, ids, `fetchOptions`, `ip`, …), sent by a user whose real rights refuse the
 * change while the forged ones would allow it: each must be refused (400) or, for handlers that
 * read no body, ignored (the real caller's 403/404), and nothing may be written. Then the valid
 * body alone, from someone allowed, must succeed (proving the body was valid, so the 400s came
 * from the forged keys) and every audit event it writes must name that caller and their IP.
 */

const API_DIR = path.resolve(import.meta.dirname, "../../../app/api");
const FORGED_IP = "203.0.113.9";

type TMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type TWorldX = Awaited<ReturnType<typeof world>>;
type TUser = { id: string };
type TCase = {
  method: TMethod;
  path: (x: TWorldX) => string;
  params: (x: TWorldX) => Record<string, string>;
  /** The valid body; absent when the handler reads none (the forged keys are sent anyway and must be ignored). */
  body?: (x: TWorldX) => Record<string, unknown>;
  /** Sent as multipart/form-data instead of JSON. */
  multipart?: true;
  /** The multipart request's file (default: a small text file, as the document import takes). */
  file?: () => File;
  /** Who tries the forgery (default: the outsider) and whose identity they forge (default: the owner). */
  caller?: (x: TWorldX) => TUser | null;
  forged?: (x: TWorldX) => TUser;
  /** State the case needs first (e.g. a lock to lift), written before anything is counted. */
  setup?: (x: TWorldX) => Promise<unknown>;
  /** Someone allowed to do it, and the status they get with the valid body alone. */
  control: { as: (x: TWorldX) => TUser | null; status: number; why?: string; /** Writes nothing (a preview): no audit event to check. */ audit?: false };
};
/** A read-only handler; `query` lists the routes whose query string is parsed (unknown keys must be refused). */
type TRead = { method: "GET"; query?: (x: TWorldX) => string };
type TEntry = { skip: string } | Partial<Record<TMethod, TCase | TRead>>;

const slugParams = (x: TWorldX) => ({ slug: x.w.slug });

const INVENTORY: Record<string, TEntry> = {
  "auth/[...nextauth]/route.ts": { skip: "Auth.js's own handlers (CSRF double-submit token, its own parsing); no server function of ours" },
  "documents/[id]/annotations/route.ts": { GET: { method: "GET" } },
  "health/route.ts": { GET: { method: "GET" } },
  // Public, published data only; its strict query (unknown keys → 400) is tested in tests/integration/publishing/around-the-page.test.ts.
  "oembed/route.ts": { GET: { method: "GET" } },
  "openapi.json/route.ts": { GET: { method: "GET" } },
  "me/route.ts": { GET: { method: "GET" } },
  "me/notifications/route.ts": { GET: { method: "GET", query: () => "/api/me/notifications?limit=5" } },
  "me/work/route.ts": { GET: { method: "GET" } },
  // A stream that stays open (its query parsing is tested in tests/integration/conversation/live-events.test.ts).
  "me/events/route.ts": { GET: { method: "GET" } },
  "me/notification-preferences/route.ts": {
    GET: { method: "GET" },
    PUT: {
      method: "PUT",
      path: () => "/api/me/notification-preferences",
      params: () => ({}),
      body: () => ({ preferences: { mention: "off" } }),
      forged: (x) => x.w.editor,
      // A person's own notification choices, not a workspace change: not audited.
      control: { as: (x) => x.w.editor, status: 200, audit: false },
    },
  },
  "me/notifications/read/route.ts": {
    POST: {
      method: "POST",
      path: () => "/api/me/notifications/read",
      params: () => ({}),
      body: () => ({ all: true }),
      forged: (x) => x.w.editor,
      // Reading one's own notifications is not an audited change.
      control: { as: (x) => x.w.editor, status: 200, audit: false },
    },
  },
  "me/tokens/route.ts": {
    GET: { method: "GET" },
    POST: {
      method: "POST",
      path: () => "/api/me/tokens",
      params: () => ({}),
      body: () => ({ name: "forged" }),
      // Only a browser session may mint tokens: the forged `actor` claims one.
      control: { as: (x) => x.w.editor, status: 403, why: "a bearer token may not mint tokens (the cookie path needs Next's runtime: e2e)" },
    },
  },
  "me/tokens/[id]/route.ts": {
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/me/tokens/${x.adminTokenId}`,
      params: (x) => ({ id: x.adminTokenId }),
      forged: (x) => x.w.admin,
      control: { as: (x) => x.w.admin, status: 204 },
    },
  },
  "invitations/accept/route.ts": {
    POST: {
      method: "POST",
      path: () => "/api/invitations/accept",
      params: () => ({}),
      body: (x) => ({ token: x.inviteToken }),
      forged: (x) => x.invitee,
      control: { as: (x) => x.invitee, status: 200 },
    },
  },
  "unsubscribe/[token]/route.ts": {
    skip: "no caller at all: the token in the path (an HMAC of person and kind) is the authority, as mail clients' one-click unsubscribe needs; the body is never read. Forged and valid tokens: tests/integration/conversation/notification-mail.test.ts",
  },
  "signup/route.ts": {
    POST: {
      method: "POST",
      path: () => "/api/signup",
      params: () => ({}),
      body: (x) => ({ email: `signup-${x.w.slug}@test.example`, name: "New Person", password: "a long enough passphrase 42" }),
      caller: () => null,
      control: { as: () => null, status: 201 },
    },
  },
  "workspaces/route.ts": {
    GET: { method: "GET" },
    POST: { method: "POST", path: () => "/api/workspaces", params: () => ({}), body: () => ({ name: "Forged workspace" }), control: { as: (x) => x.w.editor, status: 201 } },
  },
  "w/[slug]/route.ts": {
    GET: { method: "GET" },
    PATCH: { method: "PATCH", path: (x) => `/api/w/${x.w.slug}`, params: slugParams, body: () => ({ name: "Renamed" }), control: { as: (x) => x.w.admin, status: 200 } },
    DELETE: { method: "DELETE", path: (x) => `/api/w/${x.w.slug}`, params: slugParams, body: (x) => ({ confirmSlug: x.w.slug }), control: { as: (x) => x.w.coOwner, status: 204 } },
  },
  "w/[slug]/audit/route.ts": { GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/audit` } },
  "w/[slug]/audit/export.csv/route.ts": { GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/audit/export.csv` } },
  "w/[slug]/rating-scale/route.ts": {
    GET: { method: "GET" },
    PUT: {
      method: "PUT",
      path: (x) => `/api/w/${x.w.slug}/rating-scale`,
      params: slugParams,
      body: () => ({ scale: { ...DEFAULT_RATING_SCALE, nonScale: DEFAULT_RATING_SCALE.nonScale.slice(0, 1) }, version: 1 }),
      control: { as: (x) => x.w.admin, status: 200 },
    },
  },
  "w/[slug]/leave/route.ts": {
    POST: { method: "POST", path: (x) => `/api/w/${x.w.slug}/leave`, params: slugParams, forged: (x) => x.w.target, control: { as: (x) => x.w.target, status: 204 } },
  },
  "w/[slug]/members/route.ts": { GET: { method: "GET" } },
  "w/[slug]/members/[userId]/route.ts": {
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/members/${x.w.target.id}`,
      params: (x) => ({ slug: x.w.slug, userId: x.w.target.id }),
      body: () => ({ role: "VIEWER" }),
      control: { as: (x) => x.w.admin, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/members/${x.w.target.id}`,
      params: (x) => ({ slug: x.w.slug, userId: x.w.target.id }),
      control: { as: (x) => x.w.admin, status: 204 },
    },
  },
  "w/[slug]/invitations/route.ts": {
    GET: { method: "GET" },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/invitations`,
      params: slugParams,
      body: (x) => ({ email: `invitee-${x.w.slug}@test.example`, role: "EDITOR" }),
      control: { as: (x) => x.w.admin, status: 201 },
    },
  },
  "w/[slug]/invitations/[id]/route.ts": {
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/invitations/${x.invitationId}`,
      params: (x) => ({ slug: x.w.slug, id: x.invitationId }),
      control: { as: (x) => x.w.admin, status: 204 },
    },
  },
  "w/[slug]/documents/route.ts": {
    GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/documents` },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/documents`,
      params: slugParams,
      body: () => ({ kind: "text", content: "Forged import\n\nThe minister said 40% of bridges need repair." }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/documents/[id]/route.ts": {
    GET: { method: "GET" },
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/documents/${x.docId}`,
      params: (x) => ({ slug: x.w.slug, id: x.docId }),
      body: () => ({ title: "Renamed article" }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/documents/${x.docId}`,
      params: (x) => ({ slug: x.w.slug, id: x.docId }),
      control: { as: (x) => x.w.editor, status: 204 },
    },
  },
  "w/[slug]/documents/[id]/collab-token/route.ts": { GET: { method: "GET" } },
  "w/[slug]/sources/upload/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/sources/upload`,
      params: slugParams,
      body: () => ({ title: "Forged scan", type: "OFFICIAL_RECORD", publishedAt: "2025-01-02" }),
      multipart: true,
      file: () => new File(["%PDF-1.7\n%%EOF\n"], "scan.pdf", { type: "application/pdf" }),
      // Membership is checked before the body is read (an outsider gets 404 unread), so the
      // forgeries come from a member who may upload: the forged keys themselves must be the 400.
      caller: (x) => x.w.editor,
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/sources/[id]/file/route.ts": { GET: { method: "GET" } },
  "w/[slug]/sources/[id]/snapshots/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/sources/${x.urlSourceId}/snapshots`,
      params: (x) => ({ slug: x.w.slug, id: x.urlSourceId }),
      body: () => ({}),
      control: { as: (x) => x.w.editor, status: 202 },
    },
  },
  "w/[slug]/sources/preview/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/sources/preview`,
      params: slugParams,
      setup: () => previewSite(),
      body: () => ({ url: previewPageUrl }),
      control: { as: (x) => x.w.editor, status: 200, audit: false },
    },
  },
  "w/[slug]/snapshots/[id]/route.ts": { GET: { method: "GET" } },
  "w/[slug]/snapshots/[id]/html/route.ts": { GET: { method: "GET" } },
  "w/[slug]/documents/[id]/restore/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/documents/${x.trashedDocId}/restore`,
      params: (x) => ({ slug: x.w.slug, id: x.trashedDocId }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
  "w/[slug]/trash/route.ts": { GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/trash` } },
  "w/[slug]/documents/[id]/original/route.ts": { GET: { method: "GET" } },
  "w/[slug]/documents/[id]/text-lock/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/documents/${x.docId}/text-lock`,
      params: (x) => ({ slug: x.w.slug, id: x.docId }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/documents/${x.docId}/text-lock`,
      params: (x) => ({ slug: x.w.slug, id: x.docId }),
      setup: (x) => lockDocumentText({ workspaceSlug: x.w.slug, documentId: x.docId, actor: actorOf(x.w.owner) }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
  "w/[slug]/claims/route.ts": {
    GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/claims` },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims`,
      params: slugParams,
      body: (x) => ({ documentId: x.docId, ...x.freeRange }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/claims/export.csv/route.ts": { GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/claims/export.csv` } },
  "w/[slug]/claims/[id]/route.ts": {
    GET: { method: "GET" },
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ version: x.claimVersion, text: "Unemployment is at a record low." }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      control: { as: (x) => x.w.editor, status: 204 },
    },
  },
  "w/[slug]/claims/[id]/review/route.ts": { GET: { method: "GET" } },
  "w/[slug]/claims/[id]/comments/route.ts": {
    GET: { method: "GET" },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/comments`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: () => ({ body: "Is this the right quote?" }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/comments/[id]/route.ts": {
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/comments/${comments.get(x.claimId)}`,
      params: (x) => ({ slug: x.w.slug, id: comments.get(x.claimId)! }),
      setup: (x) => commentOn(x),
      body: () => ({ body: "Is this the right quote? (edited)" }),
      forged: (x) => x.w.editor,
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/comments/${comments.get(x.claimId)}`,
      params: (x) => ({ slug: x.w.slug, id: comments.get(x.claimId)! }),
      setup: (x) => commentOn(x),
      forged: (x) => x.w.editor,
      control: { as: (x) => x.w.editor, status: 204 },
    },
  },
  "w/[slug]/comments/[id]/resolve/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/comments/${comments.get(x.claimId)}/resolve`,
      params: (x) => ({ slug: x.w.slug, id: comments.get(x.claimId)! }),
      setup: (x) => commentOn(x),
      body: () => ({ resolved: true }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
  "w/[slug]/review-queue/route.ts": { GET: { method: "GET" } },
  "w/[slug]/claims/[id]/timeline/route.ts": { GET: { method: "GET" } },
  "w/[slug]/claims/[id]/verdicts/route.ts": {
    GET: { method: "GET" },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/verdicts`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({
        claimVersion: x.claimVersion,
        rating: "False",
        summary: "Unemployment rose.",
        rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See the bulletin." }] }] },
        evidenceIds: [x.evidenceId],
      }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/claims/[id]/workflow/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/workflow`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ action: "start_research", claimVersion: x.claimVersion }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
  "w/[slug]/claims/[id]/public-slug/route.ts": {
    PUT: {
      method: "PUT",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/public-slug`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ slug: `claim-${x.w.slug}` }),
      control: { as: (x) => x.w.admin, status: 200 },
    },
  },
  "w/[slug]/public-profile/route.ts": {
    GET: { method: "GET" },
    PUT: {
      method: "PUT",
      path: (x) => `/api/w/${x.w.slug}/public-profile`,
      params: slugParams,
      body: () => ({ profile: { publicName: "The Desk", logoUrl: null, about: "", showNames: true, methodology: null, correctionsPolicy: null, extraPublisherRoles: [] } }),
      control: { as: (x) => x.w.admin, status: 200 },
    },
  },
  "w/[slug]/claims/[id]/retract/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/retract`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: () => ({ note: "We relied on a withdrawn figure." }),
      control: { as: (x) => x.w.admin, status: 409, why: "the inventory's claim was never published; publish and retract: tests/integration/publishing" },
    },
  },
  "w/[slug]/claims/[id]/reviews/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/reviews`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      setup: (x) => claimInReview(x),
      body: (x) => ({ decision: "approve", ...inReview.get(x.claimId) }),
      control: { as: (x) => x.w.admin, status: 201 },
    },
  },
  "w/[slug]/claims/[id]/evidence/route.ts": {
    GET: { method: "GET" },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/evidence`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ sourceId: x.freeSourceId, stance: "CONTEXT", excerpt: "Cargo volumes fell", note: "Port statistics." }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/claims/[id]/evidence/order/route.ts": {
    PUT: {
      method: "PUT",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/evidence/order`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ order: [x.evidenceId] }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
  "w/[slug]/evidence/[id]/route.ts": {
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/evidence/${x.evidenceId}`,
      params: (x) => ({ slug: x.w.slug, id: x.evidenceId }),
      body: (x) => ({ version: x.evidenceVersion, stance: "REFUTES" }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/evidence/${x.evidenceId}`,
      params: (x) => ({ slug: x.w.slug, id: x.evidenceId }),
      control: { as: (x) => x.w.editor, status: 204 },
    },
  },
  "w/[slug]/sources/route.ts": {
    GET: { method: "GET", query: (x) => `/api/w/${x.w.slug}/sources` },
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/sources`,
      params: slugParams,
      body: () => ({ title: "Phone call with the harbour master", description: "Called on 2 November; notes kept by the desk.", type: "INTERVIEW" }),
      control: { as: (x) => x.w.editor, status: 201 },
    },
  },
  "w/[slug]/sources/[id]/route.ts": {
    GET: { method: "GET" },
    PATCH: {
      method: "PATCH",
      path: (x) => `/api/w/${x.w.slug}/sources/${x.sourceId}`,
      params: (x) => ({ slug: x.w.slug, id: x.sourceId }),
      body: (x) => ({ version: x.sourceVersion, publisher: "Port authority" }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
    DELETE: {
      method: "DELETE",
      path: (x) => `/api/w/${x.w.slug}/sources/${x.freeSourceId}`,
      params: (x) => ({ slug: x.w.slug, id: x.freeSourceId }),
      control: { as: (x) => x.w.editor, status: 204 },
    },
  },
  "w/[slug]/claims/[id]/anchor/route.ts": {
    POST: {
      method: "POST",
      path: (x) => `/api/w/${x.w.slug}/claims/${x.claimId}/anchor`,
      params: (x) => ({ slug: x.w.slug, id: x.claimId }),
      body: (x) => ({ ...x.freeRange }),
      control: { as: (x) => x.w.editor, status: 200 },
    },
  },
};

/**
 * A multipart import carrying the forged keys as form fields: refused, never read into the input.
 * Its valid form carries the details an upload may send beside the file, so the control proves
 * those pass while the forged keys beside them do not.
 */
const MULTIPART_IMPORT: TCase = {
  ...(INVENTORY["w/[slug]/documents/route.ts"] as Record<string, TCase>).POST!,
  body: () => ({ title: "Forged upload", author: "Desk", sourceUrl: "https://news.example.org/forged", publishedAt: "2025-01-02" }),
  multipart: true,
};

async function world() {
  const w = await workspaceWithEveryRole();
  const other = await workspaceWithEveryRole();
  const invitee = await createUser("invitee");
  const doc = await seedDoc(w);
  const claim = await createClaim({ ...(await rangeOf(doc.id, "unemployment is at a record low")), documentId: doc.id, workspaceSlug: w.slug, actor: actorOf(w.editor) });
  const { acceptUrl, invitation } = await createInvitation({ email: invitee.email, role: "EDITOR", workspaceSlug: w.slug, actor: actorOf(w.owner) });
  const { owner, coOwner, admin, editor, reviewer, viewer, target, outsider } = w;
  const users = { owner, coOwner, admin, editor, reviewer, viewer, target, outsider, invitee };
  const tokens = new Map<string, string>();
  for (const u of [w.outsider, w.editor, w.admin, w.coOwner, w.target, invitee]) tokens.set(u.id, await tokenFor(u.id));
  const adminToken = await db.apiToken.findFirstOrThrow({ where: { userId: w.admin.id }, select: { id: true } });
  const trashed = await seedDoc(w);
  await trashDocument({ workspaceSlug: w.slug, documentId: trashed.id, actor: actorOf(w.editor) });
  // Sources without a URL: nothing to capture, so no job is sent from the test process.
  const offline = { description: "Notes kept by the desk.", type: "INTERVIEW" as const };
  const { source } = await createSource({ ...offline, title: "Interview with the mayor's office", workspaceSlug: w.slug, actor: actorOf(w.editor) });
  const { source: freeSource } = await createSource({ ...offline, title: "Call with the port authority", workspaceSlug: w.slug, actor: actorOf(w.editor) });
  const evidence = await addEvidence({ sourceId: source.id, stance: "SUPPORTS", claimId: claim.id, workspaceSlug: w.slug, actor: actorOf(w.editor) });
  // A URL source with no capture waiting (written directly: createSource would queue one), for re-fetch.
  const urlSource = await db.source.create({ data: { workspaceId: w.ws.id, url: "https://news.example.org/port", normalizedUrl: "https://news.example.org/port", title: "Port report" } });
  return {
    w,
    other,
    invitee,
    users,
    tokens,
    docId: doc.id,
    trashedDocId: trashed.id,
    claimId: claim.id,
    claimVersion: claim.version,
    sourceId: source.id,
    sourceVersion: source.version,
    freeSourceId: freeSource.id,
    evidenceId: evidence.id,
    urlSourceId: urlSource.id,
    evidenceVersion: evidence.version,
    freeRange: await rangeOf(doc.id, "Cargo volumes fell"),
    invitationId: invitation.id,
    inviteToken: acceptUrl.split("/invite/")[1]!,
    adminTokenId: adminToken.id,
  };
}

/** A comment by the editor on the world's claim (for the comment routes). */
const comments = new Map<string, string>();
async function commentOn(x: TWorldX) {
  const { comment } = await addComment({ body: "Is this the right quote?", workspaceSlug: x.w.slug, claimId: x.claimId, actor: actorOf(x.w.editor) });
  comments.set(x.claimId, comment.id);
}

/** The claim put in review by the editor (a verdict resting on its evidence), and what an approval of it sends. */
const inReview = new Map<string, { claimVersion: number; signOffHash: string }>();
async function claimInReview(x: TWorldX) {
  const editor = actorOf(x.w.editor);
  const base = { workspaceSlug: x.w.slug, claimId: x.claimId, actor: editor };
  let s = await moveClaim({ ...base, action: "start_research", claimVersion: x.claimVersion });
  s = await createVerdict({ ...base, claimVersion: s.claimVersion, rating: "False", summary: "It rose.", rationale: { type: "doc", content: [{ type: "paragraph" }] }, evidenceIds: [x.evidenceId] });
  s = await moveClaim({ ...base, action: "submit_for_review", claimVersion: s.claimVersion });
  inReview.set(x.claimId, { claimVersion: s.claimVersion, signOffHash: s.signOffHash! });
}

/** A page for the preview route to read: a local server, allowed to the fetcher only under NODE_ENV=test. */
let previewPageUrl = "";
async function previewSite() {
  if (previewPageUrl) return;
  const server = createServer((_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end("<html><head><title>Harbour report</title></head><body><p>Cargo.</p></body></html>"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  server.unref();
  const hostPort = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS = [process.env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS, hostPort].filter(Boolean).join(",");
  previewPageUrl = `http://${hostPort}/report`;
}

/** Every key the server sets itself, with values that would help an attacker. */
function forgedKeys(x: TWorldX, victim: TUser): Record<string, unknown> {
  return {
    actor: { userId: victim.id, via: "session", ip: FORGED_IP },
    actorId: victim.id,
    userId: victim.id,
    createdById: victim.id,
    invitedById: victim.id,
    workspaceId: x.other.ws.id,
    workspaceSlug: x.other.slug,
    documentId: x.docId,
    claimId: x.claimId,
    tokenId: x.adminTokenId,
    sessionId: "forged-session",
    via: "session",
    ip: FORGED_IP,
    origin: "https://evil.example",
    role: "OWNER",
    fetchOptions: { testLoopbackHosts: ["127.0.0.1:1"], timeoutMs: 86_400_000 },
  };
}

function request(x: TWorldX, c: TCase, as: TUser | null, body: Record<string, unknown> | undefined) {
  const token = as ? x.tokens.get(as.id)! : null;
  if (c.multipart) {
    const form = new FormData();
    form.set("file", c.file?.() ?? new File(["Forged upload\n\nSome text."], "forged.txt", { type: "text/plain" }));
    for (const [k, v] of Object.entries(body ?? {})) form.set(k, typeof v === "string" ? v : JSON.stringify(v));
    return call(token, c.path(x), { method: c.method, body: form });
  }
  return call(token, c.path(x), { method: c.method, ...(body ? { json: body } : {}) });
}

async function handler(file: string, method: TMethod) {
  const mod = (await import(path.join(API_DIR, file))) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
  const fn = mod[method];
  if (!fn) throw new Error(`${file} exports no ${method}`);
  return fn;
}

/** Audit events that concern this world (its workspaces or its people) after `afterId`. */
function eventsSince(x: TWorldX, afterId: bigint, alsoUserId?: string) {
  const people = [...Object.values(x.users).map((u) => u.id), ...(alsoUserId ? [alsoUserId] : [])];
  return db.auditEvent.findMany({
    where: { id: { gt: afterId }, OR: [{ workspaceId: { in: [x.w.ws.id, x.other.ws.id] } }, { actorId: { in: people } }, { targetId: { in: [x.w.ws.id, ...people] } }] },
    orderBy: { id: "asc" },
  });
}

const lastAuditId = async () => (await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

const counts = async (x: TWorldX) => ({
  documents: await db.document.count({ where: { workspaceId: { in: [x.w.ws.id, x.other.ws.id] }, deletedAt: null } }),
  claims: await db.claim.count({ where: { workspaceId: { in: [x.w.ws.id, x.other.ws.id] } } }),
  sources: await db.source.count({ where: { workspaceId: { in: [x.w.ws.id, x.other.ws.id] } } }),
  evidence: await db.evidence.findMany({ where: { workspaceId: { in: [x.w.ws.id, x.other.ws.id] } }, select: { id: true, version: true, position: true }, orderBy: { id: "asc" } }),
  memberships: await db.membership.count({ where: { workspaceId: { in: [x.w.ws.id, x.other.ws.id] } } }),
  tokens: await db.apiToken.count({ where: { revokedAt: null, userId: { in: Object.values(x.users).map((u) => u.id) } } }),
  workspaces: await db.membership.count({ where: { userId: { in: Object.values(x.users).map((u) => u.id) } } }),
  invitations: await db.invitation.count({ where: { workspaceId: x.w.ws.id, revokedAt: null, acceptedAt: null } }),
  workspaceName: (await db.workspace.findUnique({ where: { id: x.w.ws.id }, select: { name: true } }))?.name,
});

async function expectNoForgery(file: string, c: TCase) {
  const x = await world();
  await c.setup?.(x);
  const fn = await handler(file, c.method);
  const caller = c.caller ? c.caller(x) : x.w.outsider;
  const victim = c.forged ? c.forged(x) : x.w.owner;
  const valid = c.body?.(x) ?? {};
  const forged = forgedKeys(x, victim);
  const before = await counts(x);
  const auditBefore = await lastAuditId();

  for (const [key, value] of [...Object.entries(forged).filter(([k]) => !(k in valid)), ["(all at once)", null] as const]) {
    const body = key === "(all at once)" ? { ...valid, ...Object.fromEntries(Object.entries(forged).filter(([k]) => !(k in valid))) } : { ...valid, [key]: value };
    const res = await fn(request(x, c, caller, body), ctx(c.params(x)));
    const label = `${c.method} ${file}${c.multipart ? " (multipart)" : ""} with ${key}`;
    if (c.body) expect({ label, status: res.status }).toEqual({ label, status: 400 });
    else expect({ label, refused: res.status >= 400 && res.status < 500 && res.status !== 400 }).toEqual({ label, refused: true });
  }
  expect(await eventsSince(x, auditBefore), `${c.method} ${file}: nothing written by forged requests`).toEqual([]);
  expect(await counts(x)).toEqual(before);

  // The valid body alone, from someone allowed: accepted, and attributed to that caller.
  const as = c.control.as(x);
  const auditControl = await lastAuditId();
  const res = await fn(request(x, c, as, c.body?.(x)), ctx(c.params(x)));
  expect({ route: `${c.method} ${file}`, status: res.status }).toEqual({ route: `${c.method} ${file}`, status: c.control.status });
  if (res.status < 300 && c.control.audit !== false) {
    // Sign-up has no caller before it: the new account is the actor.
    const expectedActor = as?.id ?? (await db.user.findUniqueOrThrow({ where: { email: String(c.body!(x).email) } })).id;
    const events = await eventsSince(x, auditControl, expectedActor);
    expect(events.length, `${c.method} ${file} records an audit event`).toBeGreaterThan(0);
    for (const e of events) expect({ action: e.action, actorId: e.actorId, forgedIp: e.ip === FORGED_IP }).toEqual({ action: e.action, actorId: expectedActor, forgedIp: false });
  }
}

describe("route inventory: no request body or query string chooses the caller", () => {
  it("lists every route handler under app/api, with exactly the methods it exports", async () => {
    const files = globSync("**/route.ts", { cwd: API_DIR }).map((f) => f.split(path.sep).join("/")).sort();
    expect(files).toEqual(Object.keys(INVENTORY).sort());
    for (const [file, entry] of Object.entries(INVENTORY)) {
      if ("skip" in entry) continue;
      const mod = (await import(path.join(API_DIR, file))) as Record<string, unknown>;
      const exported = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter((m) => typeof mod[m] === "function");
      expect({ file, methods: exported.sort() }).toEqual({ file, methods: Object.keys(entry).sort() });
    }
  });

  const mutating = Object.entries(INVENTORY).flatMap(([file, entry]) =>
    "skip" in entry ? [] : Object.values(entry).filter((c): c is TCase => c.method !== "GET").map((c) => [`${c.method} ${file}`, file, c] as const),
  );
  it.each([...mutating, ["POST w/[slug]/documents/route.ts (multipart)", "w/[slug]/documents/route.ts", MULTIPART_IMPORT] as const])(
    "%s: forged server-set keys are refused or ignored; the real caller is recorded",
    async (_name, file, c) => {
      await expectNoForgery(file, c);
    },
  );

  it("query strings are parsed with the server function's schema: server-set keys are refused with 400", async () => {
    const x = await world();
    const token = x.tokens.get(x.w.admin.id)!;
    for (const [file, entry] of Object.entries(INVENTORY)) {
      if ("skip" in entry) continue;
      const read = entry.GET as TRead | undefined;
      if (!read?.query) continue;
      const fn = await handler(file, "GET");
      expect((await fn(call(token, read.query(x)), ctx(slugParams(x)))).status, `${file} answers a plain GET`).toBe(200);
      for (const key of ["workspaceSlug", "actor", "userId", "workspaceId"]) {
        const res = await fn(call(token, `${read.query(x)}?${key}=${encodeURIComponent(key === "workspaceSlug" ? x.other.slug : x.w.owner.id)}`), ctx(slugParams(x)));
        expect({ file, key, status: res.status }).toEqual({ file, key, status: 400 });
      }
    }
  });
});
