import type { TNotificationKind } from "./fan-out";

/** What a notification needs to be read. `data` is what the server stored with it. */
export type TNotificationForText = { kind: string; actorName: string | null; data: unknown };

const str = (v: unknown) => (typeof v === "string" ? v : "");
const cut = (s: string, max = 90) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

/** One sentence per notification, naming who did what to which claim. Pure. */
export function describeNotification(n: TNotificationForText): string {
  const who = n.actorName?.trim() || "Someone";
  const d = (n.data ?? {}) as Record<string, unknown>;
  const claim = str(d.claimText) ? `“${cut(str(d.claimText), 70)}”` : "a claim";
  switch (n.kind as TNotificationKind) {
    case "mention":
      return `${who} mentioned you on ${claim}${str(d.excerpt) ? `: ${cut(str(d.excerpt))}` : ""}`;
    case "assigned":
      return `${who} assigned you ${claim}`;
    case "review_requested":
      return `${who} asked for your review of ${claim}`;
    case "verdict_approved": {
      // The quorum as the review state says it ("Approved (2 of 2)") reads twice after "is approved".
      const q = str(d.quorum);
      const reached = /^Approved \((\d+) of (\d+)\)$/.exec(q);
      return `Your verdict on ${claim} is approved${reached ? ` (${reached[1]} of ${reached[2]} approvals)` : q ? ` (${q})` : ""}`;
    }
    case "changes_requested":
      return `${who} requested changes on your verdict on ${claim}${str(d.comment) ? `: ${cut(str(d.comment))}` : ""}`;
    case "approval_voided":
      return `Approvals of your verdict on ${claim} were voided${str(d.reason) ? `: ${cut(str(d.reason))}` : ""}`;
    case "verdict_published":
      if (d.publicationKind === "RETRACTION") return `${who} retracted the public page of your verdict on ${claim}${str(d.note) ? `: ${cut(str(d.note))}` : ""}`;
      if (d.publicationKind === "CORRECTION") return `${who} published a correction of your verdict on ${claim}${str(d.note) ? `: ${cut(str(d.note))}` : ""}`;
      return `${who} published your verdict on ${claim}`;
    case "due_tomorrow":
      return `${claim} is due tomorrow`;
    case "overdue":
      return `${claim} is overdue`;
    default:
      return `${who}: ${n.kind}`;
  }
}
