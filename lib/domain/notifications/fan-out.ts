/**
 * Who hears of what. Pure: the server supplies the event, the workspace's current members and
 * each person's preferences; this decides the recipients, so the rules are testable apart from
 * mail and queues and the server cannot drift from them.
 *
 * Rules: never the person who acted; only current members (a mention of a non-member notifies
 * no one; someone removed from the workspace stops hearing at once); each person once per event;
 * each kind's channel from their preferences — in the app, in the app and by email, or off.
 */

export const NOTIFICATION_KINDS = [
  "mention",
  "assigned",
  "review_requested",
  "verdict_approved",
  "changes_requested",
  "approval_voided",
  "verdict_published",
  "due_tomorrow",
  "overdue",
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<TNotificationKind, string> = {
  mention: "Someone mentions me",
  assigned: "A claim is assigned to me",
  review_requested: "My review is requested",
  verdict_approved: "My verdict is approved",
  changes_requested: "Changes are requested on my verdict",
  approval_voided: "Approvals of my verdict are voided",
  verdict_published: "My verdict is published, corrected or retracted",
  due_tomorrow: "A claim of mine is due tomorrow",
  overdue: "A claim of mine is overdue",
};

/** `email` means in the app and by email. */
export const NOTIFICATION_CHANNELS = ["in_app", "email", "off"] as const;
export type TNotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What waits for a person by name (mentions, requests for their review) mails at once; the rest by default only in the app. */
export const DEFAULT_CHANNELS: Record<TNotificationKind, TNotificationChannel> = {
  mention: "email",
  assigned: "in_app",
  review_requested: "email",
  verdict_approved: "in_app",
  changes_requested: "email",
  approval_voided: "in_app",
  verdict_published: "in_app",
  due_tomorrow: "in_app",
  overdue: "in_app",
};

/** Kinds mailed as soon as they happen; the others go into the daily digest when mailed at all. */
export const IMMEDIATE_EMAIL_KINDS: readonly TNotificationKind[] = ["mention", "review_requested"];

export type TNotificationEvent =
  | { kind: "mention"; actorId: string; mentionedIds: readonly string[] }
  | { kind: "assigned"; actorId: string; assigneeId: string }
  | { kind: "review_requested"; actorId: string; reviewerIds: readonly string[] }
  | { kind: "verdict_approved" | "changes_requested" | "approval_voided" | "verdict_published"; actorId: string | null; verdictAuthorId: string | null; assigneeId?: string | null }
  | { kind: "due_tomorrow" | "overdue"; assigneeId: string | null; reviewerIds: readonly string[] };

export type TRecipient = { userId: string; kind: TNotificationKind; inApp: true; email: "immediate" | "digest" | null };

export type TFanOutContext = {
  /** The workspace's members now. */
  memberIds: ReadonlySet<string>;
  /** A person's channel for a kind (their preference, else DEFAULT_CHANNELS). */
  channel: (userId: string, kind: TNotificationKind) => TNotificationChannel;
};

function candidates(e: TNotificationEvent): (string | null | undefined)[] {
  switch (e.kind) {
    case "mention":
      return [...e.mentionedIds];
    case "assigned":
      return [e.assigneeId];
    case "review_requested":
      return [...e.reviewerIds];
    case "verdict_approved":
    case "changes_requested":
    case "approval_voided":
    case "verdict_published":
      // The verdict's author first; the claim's assignee too, who answers for the claim.
      return [e.verdictAuthorId, e.assigneeId];
    case "due_tomorrow":
    case "overdue":
      return [e.assigneeId, ...e.reviewerIds];
  }
}

/** The people to notify of `event`, with how. */
export function fanOut(event: TNotificationEvent, ctx: TFanOutContext): TRecipient[] {
  const actorId = "actorId" in event ? event.actorId : null;
  const seen = new Set<string>();
  const out: TRecipient[] = [];
  for (const id of candidates(event)) {
    if (!id || id === actorId || seen.has(id) || !ctx.memberIds.has(id)) continue;
    seen.add(id);
    const channel = ctx.channel(id, event.kind);
    if (channel === "off") continue;
    out.push({
      userId: id,
      kind: event.kind,
      inApp: true,
      email: channel === "email" ? (IMMEDIATE_EMAIL_KINDS.includes(event.kind) ? "immediate" : "digest") : null,
    });
  }
  return out;
}
