import { ZSignUpInput } from "@/lib/server/users/sign-up";
import { ZListMyNotificationsQuery } from "../me/notifications/request-schemas";
import { ZLiveEventsQuery } from "../me/events/request-schemas";
import { ZUpdateMyNotificationPreferencesBody } from "../me/notification-preferences/request-schemas";
import { ZMarkNotificationsReadBody } from "../me/notifications/read/request-schemas";
import { ZFileSourceFields } from "@/lib/server/sources/create-file-source";
import { ZImportDocumentBody } from "@/lib/server/documents/import-document";
import type { TOperation } from "@/lib/server/http/openapi/build-openapi-document";
import { ZUploadFields } from "@/lib/server/import/read-import-request";
import { ZAcceptInvitationInput } from "@/lib/server/invitations/accept-invitation";
import { ZCreateApiTokenInput } from "@/lib/server/tokens/create-api-token";
import { ZCreateWorkspaceInput } from "@/lib/server/workspaces/create-workspace";
import { ZListAuditEventsQuery } from "../w/[slug]/audit/request-schemas";
import { ZExportAuditEventsCsvQuery } from "../w/[slug]/audit/export.csv/request-schemas";
import { ZReanchorClaimBody } from "../w/[slug]/claims/[id]/anchor/request-schemas";
import { ZSubmitReviewBody } from "../w/[slug]/claims/[id]/reviews/request-schemas";
import { ZAddCommentBody } from "../w/[slug]/claims/[id]/comments/request-schemas";
import { ZEditCommentBody } from "../w/[slug]/comments/[id]/request-schemas";
import { ZSetThreadResolvedBody } from "../w/[slug]/comments/[id]/resolve/request-schemas";
import { ZCreateVerdictBody } from "../w/[slug]/claims/[id]/verdicts/request-schemas";
import { ZOEmbedQuery } from "@/lib/server/publishing/oembed";
import { ZMoveClaimBody } from "../w/[slug]/claims/[id]/workflow/request-schemas";
import { ZRetractVerdictBody } from "../w/[slug]/claims/[id]/retract/request-schemas";
import { ZSetPublicSlugBody } from "../w/[slug]/claims/[id]/public-slug/request-schemas";
import { ZUpdatePublicProfileBody } from "../w/[slug]/public-profile/request-schemas";
import { ZClaimTimelineQuery } from "../w/[slug]/claims/[id]/timeline/request-schemas";
import { ZDeleteClaimQuery, ZUpdateClaimBody } from "../w/[slug]/claims/[id]/request-schemas";
import { ZListClaimsQuery } from "../w/[slug]/claims/list-query";
import { ZCreateClaimBody } from "../w/[slug]/claims/request-schemas";
import { ZReorderEvidenceBody } from "../w/[slug]/claims/[id]/evidence/order/request-schemas";
import { ZAddEvidenceBody } from "../w/[slug]/claims/[id]/evidence/request-schemas";
import { ZUpdateEvidenceBody } from "../w/[slug]/evidence/[id]/request-schemas";
import { ZUpdateSourceBody } from "../w/[slug]/sources/[id]/request-schemas";
import { ZCreateSourceBody, ZListSourcesQuery } from "../w/[slug]/sources/request-schemas";
import { ZRefetchSourceBody } from "../w/[slug]/sources/[id]/snapshots/request-schemas";
import { ZPreviewSourceUrlBody } from "../w/[slug]/sources/preview/request-schemas";
import { ZTrashDocumentQuery, ZUpdateDocumentMetadataBody } from "../w/[slug]/documents/[id]/request-schemas";
import { ZUnlockTextQuery } from "../w/[slug]/documents/[id]/text-lock/request-schemas";
import { ZListDocumentsQuery } from "../w/[slug]/documents/request-schemas";
import { ZCreateInvitationBody } from "../w/[slug]/invitations/request-schemas";
import { ZChangeMemberRoleBody } from "../w/[slug]/members/[userId]/request-schemas";
import { ZDeleteWorkspaceBody, ZUpdateWorkspaceSettingsBody } from "../w/[slug]/request-schemas";
import { ZListTrashedDocumentsQuery } from "../w/[slug]/trash/request-schemas";
import { ZUpdateRatingScaleBody } from "../w/[slug]/rating-scale/request-schemas";

/** Auth.js's own endpoints are not ours to describe (their parsing and CSRF token are Auth.js's). */
export const OPENAPI_EXCLUDED = "Not described here: Auth.js's own endpoints under /api/auth/* (sign-in, callbacks, session, CSRF token), see docs/API.md.";

const ok = (description: string) => ({ status: 200 as const, description });
const created = (description: string) => ({ status: 201 as const, description });
const noContent = (description: string) => ({ status: 204 as const, description });

/**
 * Every route handler under app/api but Auth.js's, with the schema it parses its input with.
 * tests/integration/api/openapi.test.ts fails when a route file or method is missing here.
 */
export const OPERATIONS: readonly TOperation[] = [
  { method: "get", path: "/api/openapi.json", tag: "Meta", auth: "public", summary: "This OpenAPI 3.1 document", success: ok("The document.") },
  {
    method: "get",
    path: "/api/health",
    tag: "Meta",
    auth: "public",
    summary: "Liveness of the web service and its database",
    success: ok("Healthy."),
    extra: { "503": { description: "A dependency is down (same body shape, `status` not `ok`)." } },
  },
  { method: "post", path: "/api/signup", tag: "Account", auth: "public", summary: "Create a password account", body: ZSignUpInput, success: created("`{ user }`") },
  {
    method: "put",
    path: "/api/w/{slug}/claims/{id}/public-slug",
    tag: "Reviews",
    auth: "member",
    summary: "Set a claim's public address (who may publish): before the first publication, or later, when every earlier address redirects (308) to the new one",
    body: ZSetPublicSlugBody,
    success: ok("`{ slug, path }`"),
    extra: { "409": { description: "Another claim of the workspace has (or had) that address." } },
  },
  { method: "get", path: "/api/w/{slug}/public-profile", tag: "Workspaces", auth: "member", summary: "How the workspace appears on its public pages", success: ok("`{ profile }`") },
  {
    method: "put",
    path: "/api/w/{slug}/public-profile",
    tag: "Workspaces",
    auth: "member",
    summary: "Replace the public profile (owners and admins): public name, logo, about, showNames, methodology and corrections policy (rich text), extraPublisherRoles",
    body: ZUpdatePublicProfileBody,
    success: ok("`{ profile }`"),
  },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/retract",
    tag: "Reviews",
    auth: "member",
    summary: "Retract a published verdict with a public note (owners and admins): its page keeps its address and answers 410 with the notice",
    body: ZRetractVerdictBody,
    success: ok("`{ version }`, the retraction's publication version"),
    extra: { "409": { description: "Never published, or already retracted." } },
  },
  {
    method: "get",
    path: "/api/oembed",
    tag: "Public",
    auth: "public",
    summary: "oEmbed 1.0 (type rich) for a published verdict page: an iframe of its embed card",
    query: ZOEmbedQuery,
    success: ok("`{ version, type: \"rich\", provider_name, provider_url, title, width, height, html }`"),
    extra: { "404": { description: "The url is not a published verdict page of this site." } },
  },
  {
    method: "post",
    path: "/api/unsubscribe/{token}",
    tag: "Notifications",
    auth: "public",
    summary: "Stop mail of one kind (or the daily digest) for the person the token names: RFC 8058 one-click, no session; the body is ignored",
    success: ok("`{ unsubscribed: [kind…] }`; a browser's form post is redirected (303) to the confirmation page"),
    extra: { "404": { description: "The token is malformed or forged." } },
  },
  {
    method: "get",
    path: "/api/unsubscribe/{token}",
    tag: "Notifications",
    auth: "public",
    summary: "Redirects (303) to the unsubscribe confirmation page; changes nothing",
    success: { status: 303, description: "To /unsubscribe/{token}." },
  },
  { method: "get", path: "/api/me", tag: "Account", auth: "member", summary: "The caller", success: ok("`{ user }`") },
  { method: "get", path: "/api/me/tokens", tag: "Account", auth: "member", summary: "The caller's personal access tokens", success: ok("`{ tokens }`") },
  {
    method: "post",
    path: "/api/me/tokens",
    tag: "Account",
    auth: "member",
    summary: "Create a personal access token (session cookie only)",
    body: ZCreateApiTokenInput,
    success: created("`{ token }` with its `secret`, shown this once."),
  },
  { method: "delete", path: "/api/me/tokens/{id}", tag: "Account", auth: "member", summary: "Revoke one of the caller's tokens", success: noContent("Revoked.") },
  { method: "get", path: "/api/workspaces", tag: "Workspaces", auth: "member", summary: "The caller's workspaces", success: ok("`{ workspaces }`") },
  { method: "post", path: "/api/workspaces", tag: "Workspaces", auth: "member", summary: "Create a workspace", body: ZCreateWorkspaceInput, success: created("`{ workspace }`") },
  { method: "get", path: "/api/w/{slug}", tag: "Workspaces", auth: "member", summary: "A workspace", success: ok("`{ workspace }`") },
  { method: "patch", path: "/api/w/{slug}", tag: "Workspaces", auth: "member", summary: "Change a workspace's settings", body: ZUpdateWorkspaceSettingsBody, success: ok("`{ workspace }`") },
  { method: "delete", path: "/api/w/{slug}", tag: "Workspaces", auth: "member", summary: "Delete a workspace (owners)", body: ZDeleteWorkspaceBody, success: noContent("Deleted.") },
  { method: "get", path: "/api/w/{slug}/rating-scale", tag: "Workspaces", auth: "member", summary: "The workspace's rating scale", success: ok("`{ scale, version, isDefault }`") },
  {
    method: "put",
    path: "/api/w/{slug}/rating-scale",
    tag: "Workspaces",
    auth: "member",
    summary: "Replace the rating scale (owners and admins; optimistic `version`; verdicts keep their own copy of their rating)",
    body: ZUpdateRatingScaleBody,
    success: ok("`{ scale, version, isDefault }`"),
  },
  { method: "post", path: "/api/w/{slug}/leave", tag: "Members", auth: "member", summary: "Leave the workspace", success: noContent("Left.") },
  { method: "get", path: "/api/w/{slug}/members", tag: "Members", auth: "member", summary: "The workspace's members", success: ok("`{ members }`") },
  { method: "patch", path: "/api/w/{slug}/members/{userId}", tag: "Members", auth: "member", summary: "Change a member's role", body: ZChangeMemberRoleBody, success: ok("`{ member }`") },
  { method: "delete", path: "/api/w/{slug}/members/{userId}", tag: "Members", auth: "member", summary: "Remove a member", success: noContent("Removed.") },
  { method: "get", path: "/api/w/{slug}/invitations", tag: "Invitations", auth: "member", summary: "Pending invitations", success: ok("`{ invitations }`") },
  {
    method: "post",
    path: "/api/w/{slug}/invitations",
    tag: "Invitations",
    auth: "member",
    summary: "Invite someone by email",
    body: ZCreateInvitationBody,
    success: created("`{ invitation, acceptUrl, emailSent }`"),
  },
  { method: "delete", path: "/api/w/{slug}/invitations/{id}", tag: "Invitations", auth: "member", summary: "Revoke an invitation", success: noContent("Revoked.") },
  { method: "post", path: "/api/invitations/accept", tag: "Invitations", auth: "member", summary: "Accept an invitation", body: ZAcceptInvitationInput, success: ok("`{ workspace, role, alreadyMember }`") },
  {
    method: "get",
    path: "/api/w/{slug}/audit",
    tag: "Audit",
    auth: "member",
    summary: "The audit log, newest first (owners and admins), filtered by actor, action (exact or a prefix such as `review.`), target and dates",
    query: ZListAuditEventsQuery,
    success: ok("`{ events, nextCursor }`"),
  },
  {
    method: "get",
    path: "/api/w/{slug}/audit/export.csv",
    tag: "Audit",
    auth: "member",
    summary: "The audit log as CSV (owners and admins), with the same filters; formula-leading cells neutralised",
    query: ZExportAuditEventsCsvQuery,
    success: { status: 200, description: "UTF-8 CSV with a byte-order mark, newest first.", contentType: "text/csv" },
  },
  { method: "get", path: "/api/w/{slug}/documents", tag: "Documents", auth: "member", summary: "The workspace's documents", query: ZListDocumentsQuery, success: ok("The page of documents.") },
  {
    method: "post",
    path: "/api/w/{slug}/documents",
    tag: "Documents",
    auth: "member",
    summary: "Import an article: JSON `{ kind, content | url }` or a multipart upload (10 MB)",
    body: ZImportDocumentBody,
    form: ZUploadFields,
    success: created("`{ document }`"),
  },
  { method: "get", path: "/api/w/{slug}/documents/{id}", tag: "Documents", auth: "member", summary: "A document", success: ok("`{ document }`") },
  {
    method: "patch",
    path: "/api/w/{slug}/documents/{id}",
    tag: "Documents",
    auth: "member",
    summary: "Change a document's details",
    body: ZUpdateDocumentMetadataBody,
    success: ok("`{ document }`"),
  },
  {
    method: "delete",
    path: "/api/w/{slug}/documents/{id}",
    tag: "Documents",
    auth: "member",
    summary: "Move a document (and its claims) to the trash; 409 naming its claims in review unless `confirmClaimsInReview=true`",
    query: ZTrashDocumentQuery,
    success: noContent("Trashed."),
  },
  { method: "post", path: "/api/w/{slug}/documents/{id}/restore", tag: "Documents", auth: "member", summary: "Take a document out of the trash", success: ok("`{ document }`") },
  { method: "get", path: "/api/w/{slug}/trash", tag: "Documents", auth: "member", summary: "Trashed documents", query: ZListTrashedDocumentsQuery, success: ok("The trashed documents.") },
  { method: "get", path: "/api/w/{slug}/documents/{id}/original", tag: "Documents", auth: "member", summary: "The document's original import", success: ok("`{ original }`") },
  { method: "post", path: "/api/w/{slug}/documents/{id}/text-lock", tag: "Documents", auth: "member", summary: "Lock the document's text (marks only)", success: ok("The lock state.") },
  {
    method: "delete",
    path: "/api/w/{slug}/documents/{id}/text-lock",
    tag: "Documents",
    auth: "member",
    summary: "Lift the text lock; `correctionReason` also lifts the locks of claims in review, voiding their approvals (409 naming them without it)",
    query: ZUnlockTextQuery,
    success: ok("The lock state."),
  },
  {
    method: "get",
    path: "/api/w/{slug}/documents/{id}/collab-token",
    tag: "Documents",
    auth: "member",
    summary: "A short-lived token for the live editor's WebSocket",
    success: ok("The grant."),
  },
  {
    method: "get",
    path: "/api/documents/{id}/annotations",
    tag: "Claims",
    auth: "member",
    summary: "The document's claims as a W3C Web Annotation AnnotationPage",
    success: { status: 200, description: "An AnnotationPage (JSON-LD, anno.jsonld profile).", contentType: "application/ld+json" },
  },
  { method: "get", path: "/api/w/{slug}/claims", tag: "Claims", auth: "member", summary: "Claims, filtered, sorted and paged", query: ZListClaimsQuery, success: ok("`{ claims, total, page, pageSize }`") },
  { method: "post", path: "/api/w/{slug}/claims", tag: "Claims", auth: "member", summary: "Mark a claim in a document", body: ZCreateClaimBody, success: created("`{ claim }`") },
  {
    method: "get",
    path: "/api/w/{slug}/claims/export.csv",
    tag: "Claims",
    auth: "member",
    summary: "The matching claims as CSV (the list's filters; paging ignored)",
    query: ZListClaimsQuery,
    success: { status: 200, description: "RFC 4180 CSV, UTF-8 with BOM.", contentType: "text/csv" },
  },
  { method: "get", path: "/api/w/{slug}/claims/{id}", tag: "Claims", auth: "member", summary: "A claim", success: ok("`{ claim }`") },
  { method: "patch", path: "/api/w/{slug}/claims/{id}", tag: "Claims", auth: "member", summary: "Change a claim (optimistic `version`)", body: ZUpdateClaimBody, success: ok("`{ claim }`") },
  {
    method: "delete",
    path: "/api/w/{slug}/claims/{id}",
    tag: "Claims",
    auth: "member",
    summary: "Delete a claim and its mark; past research only admins and owners withdraw it, with `reason`; published claims never",
    query: ZDeleteClaimQuery,
    success: noContent("Deleted."),
  },
  { method: "get", path: "/api/w/{slug}/claims/{id}/comments", tag: "Comments", auth: "member", summary: "A claim's threads, oldest first, each with its replies", success: ok("`{ threads }`") },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/comments",
    tag: "Comments",
    auth: "member",
    summary: "Start a thread on a claim, or reply in one (`threadId`); mention tokens of members are kept",
    body: ZAddCommentBody,
    success: created("`{ comment }`"),
  },
  { method: "patch", path: "/api/w/{slug}/comments/{id}", tag: "Comments", auth: "member", summary: "Edit your comment (within 15 minutes)", body: ZEditCommentBody, success: ok("`{ comment }`") },
  { method: "delete", path: "/api/w/{slug}/comments/{id}", tag: "Comments", auth: "member", summary: "Delete your comment (a tombstone stays)", success: noContent("Deleted.") },
  {
    method: "post",
    path: "/api/w/{slug}/comments/{id}/resolve",
    tag: "Comments",
    auth: "member",
    summary: "Resolve or reopen a thread (`resolved`)",
    body: ZSetThreadResolvedBody,
    success: ok("`{ resolved }`"),
  },
  {
    method: "get",
    path: "/api/me/notifications",
    tag: "Notifications",
    auth: "member",
    summary: "My notifications, newest first, and the unread count (only from workspaces I still belong to)",
    query: ZListMyNotificationsQuery,
    success: ok("`{ notifications, unread }`"),
  },
  { method: "get", path: "/api/me/notification-preferences", tag: "Notifications", auth: "member", summary: "My channel per kind of notification (in_app, email or off), my digest time zone and whether this server sends mail", success: ok("`{ preferences, mailEnabled, timeZone }`") },
  {
    method: "put",
    path: "/api/me/notification-preferences",
    tag: "Notifications",
    auth: "member",
    summary: "Set my channel for some kinds (in_app, email = in the app and by mail, or off) and/or the time zone of my 07:00 digest",
    body: ZUpdateMyNotificationPreferencesBody,
    success: ok("`{ preferences, mailEnabled, timeZone }`"),
  },
  {
    method: "get",
    path: "/api/me/events",
    tag: "Notifications",
    auth: "member",
    summary: "Server-Sent Events: `notification` (something new for me) and, with `claim`, `comments` (its conversation changed)",
    query: ZLiveEventsQuery,
    success: ok("`text/event-stream`"),
  },
  {
    method: "get",
    path: "/api/me/work",
    tag: "Notifications",
    auth: "member",
    summary: "My work across my workspaces: claims assigned to me, reviews waiting for me, open mentions",
    success: ok("`{ assigned, reviews, mentions, counts }`"),
  },
  {
    method: "post",
    path: "/api/me/notifications/read",
    tag: "Notifications",
    auth: "member",
    summary: "Mark my notifications read: `ids`, or `all: true`",
    body: ZMarkNotificationsReadBody,
    success: ok("`{ marked }`"),
  },
  {
    method: "get",
    path: "/api/w/{slug}/review-queue",
    tag: "Reviews",
    auth: "member",
    summary: "What waits for the caller: claims to review, verdicts to revise, overdue claims (most urgent first)",
    success: ok("`{ waitingForMe, toRevise, overdue }` (claims)"),
  },
  {
    method: "get",
    path: "/api/w/{slug}/claims/{id}/review",
    tag: "Reviews",
    auth: "member",
    summary: "A claim's review state: current verdict, the hash an approval signs now, reviews, quorum, allowed actions",
    success: ok("TReviewStateDto"),
  },
  { method: "get", path: "/api/w/{slug}/claims/{id}/verdicts", tag: "Reviews", auth: "member", summary: "Every version of a claim's verdict, newest first", success: ok("`{ verdicts }`") },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/verdicts",
    tag: "Reviews",
    auth: "member",
    summary: "Save a new verdict version (optimistic `claimVersion`); voids standing approvals when the signed content changes",
    body: ZCreateVerdictBody,
    success: created("TReviewStateDto"),
  },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/reviews",
    tag: "Reviews",
    auth: "member",
    summary: "Approve (bound to `signOffHash`), request changes (with a comment) or override (owners, with a reason)",
    body: ZSubmitReviewBody,
    success: created("TReviewStateDto"),
  },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/workflow",
    tag: "Reviews",
    auth: "member",
    summary: "Move a claim through the workflow: start research, back to draft, submit for review, withdraw, revise; publish, publish a correction (reason = the public note), reopen for correction (owners and admins)",
    body: ZMoveClaimBody,
    success: ok("TReviewStateDto"),
  },
  {
    method: "get",
    path: "/api/w/{slug}/claims/{id}/timeline",
    tag: "Reviews",
    auth: "member",
    summary: "A claim's timeline from the audit log, newest first (status changes, verdict versions, reviews with the hash they signed, evidence changes)",
    query: ZClaimTimelineQuery,
    success: ok("`{ entries: TTimelineEntryDto[], nextCursor }`"),
  },
  { method: "post", path: "/api/w/{slug}/claims/{id}/anchor", tag: "Claims", auth: "member", summary: "Re-anchor a claim to a new range", body: ZReanchorClaimBody, success: ok("`{ claim }`") },
  { method: "get", path: "/api/w/{slug}/claims/{id}/evidence", tag: "Evidence", auth: "member", summary: "A claim's evidence, in order", success: ok("`{ evidence }`") },
  {
    method: "post",
    path: "/api/w/{slug}/claims/{id}/evidence",
    tag: "Evidence",
    auth: "member",
    summary: "Cite a source on a claim (a library source or a new one)",
    body: ZAddEvidenceBody,
    success: created("`{ evidence }`"),
  },
  {
    method: "put",
    path: "/api/w/{slug}/claims/{id}/evidence/order",
    tag: "Evidence",
    auth: "member",
    summary: "Reorder a claim's evidence (every id once)",
    body: ZReorderEvidenceBody,
    success: ok("`{ evidence }` in the new order"),
  },
  { method: "patch", path: "/api/w/{slug}/evidence/{id}", tag: "Evidence", auth: "member", summary: "Change evidence's stance, excerpt or note (optimistic `version`)", body: ZUpdateEvidenceBody, success: ok("`{ evidence }`") },
  { method: "delete", path: "/api/w/{slug}/evidence/{id}", tag: "Evidence", auth: "member", summary: "Remove evidence from its claim (the source stays)", success: noContent("Removed.") },
  { method: "get", path: "/api/w/{slug}/sources", tag: "Sources", auth: "member", summary: "The source library, searched, filtered, sorted and paged", query: ZListSourcesQuery, success: ok("`{ sources, total, page, pageSize }`") },
  {
    method: "post",
    path: "/api/w/{slug}/sources",
    tag: "Sources",
    auth: "member",
    summary: "Add a source (a URL already in the library returns that source)",
    body: ZCreateSourceBody,
    success: created("`{ source, created: true }`; 200 with `{ source, created: false }` when the URL was already in the library."),
  },
  { method: "get", path: "/api/w/{slug}/sources/{id}", tag: "Sources", auth: "member", summary: "A source with its captures and citations", success: ok("`{ source }`") },
  { method: "patch", path: "/api/w/{slug}/sources/{id}", tag: "Sources", auth: "member", summary: "Change a source's details (optimistic `version`; not its URL)", body: ZUpdateSourceBody, success: ok("`{ source }`") },
  { method: "delete", path: "/api/w/{slug}/sources/{id}", tag: "Sources", auth: "member", summary: "Delete a source no evidence cites", success: noContent("Deleted."), extra: { "409": { description: "Evidence still cites the source." } } },
  {
    method: "post",
    path: "/api/w/{slug}/sources/upload",
    tag: "Sources",
    auth: "member",
    summary: "Upload a PDF, PNG, JPEG or WebP file as a source (multipart/form-data, 20 MB; the type is read from the content)",
    form: ZFileSourceFields,
    success: created("`{ source }`"),
  },
  {
    method: "get",
    path: "/api/w/{slug}/sources/{id}/file",
    tag: "Sources",
    auth: "member",
    summary: "A file source's file (images inline, everything else as an attachment; nosniff, sandboxed)",
    success: { status: 200, description: "The file's bytes, with its detected type.", contentType: "application/octet-stream" },
  },
  {
    method: "post",
    path: "/api/w/{slug}/sources/{id}/snapshots",
    tag: "Sources",
    auth: "member",
    summary: "Capture a URL source again (re-fetch); a capture already waiting is returned instead of a second",
    body: ZRefetchSourceBody,
    success: { status: 202, description: "`{ snapshot }`, PENDING: the worker fetches it; poll GET …/snapshots/{id}." },
  },
  {
    method: "post",
    path: "/api/w/{slug}/sources/preview",
    tag: "Sources",
    auth: "member",
    summary: "Title, publisher, author and date of a page, for a form to fill in (nothing is stored)",
    body: ZPreviewSourceUrlBody,
    success: ok("`{ preview: { url, title, publisher, author, publishedAt } }`; `url` is where the redirects ended."),
  },
  { method: "get", path: "/api/w/{slug}/snapshots/{id}", tag: "Sources", auth: "member", summary: "A capture of a source, with its readable text", success: ok("`{ snapshot }`") },
  {
    method: "get",
    path: "/api/w/{slug}/snapshots/{id}/html",
    tag: "Sources",
    auth: "member",
    summary: "A capture's page source, sandboxed (CSP `sandbox`: no scripts, an opaque origin, images only)",
    success: { status: 200, description: "The archived HTML as captured.", contentType: "text/html" },
  },
];
