import { describe, expect, it } from "vitest";
import { DEFAULT_CHANNELS, fanOut, NOTIFICATION_KINDS, type TNotificationChannel, type TNotificationKind } from "@/lib/domain/notifications/fan-out";

const members = new Set(["ana", "ben", "cho", "dee"]);
const defaults = { memberIds: members, channel: (_u: string, k: TNotificationKind) => DEFAULT_CHANNELS[k] };
const prefs = (over: Record<string, Partial<Record<TNotificationKind, TNotificationChannel>>>) => ({
  memberIds: members,
  channel: (u: string, k: TNotificationKind) => over[u]?.[k] ?? DEFAULT_CHANNELS[k],
});

describe("fanOut", () => {
  it("notifies the people an event is about, never the actor, each once", () => {
    expect(fanOut({ kind: "mention", actorId: "ana", mentionedIds: ["ben", "ana", "ben", "cho"] }, defaults).map((r) => r.userId)).toEqual(["ben", "cho"]);
    expect(fanOut({ kind: "assigned", actorId: "ana", assigneeId: "ana" }, defaults)).toEqual([]);
    expect(fanOut({ kind: "review_requested", actorId: "ana", reviewerIds: ["ben", "cho"] }, defaults).map((r) => r.userId)).toEqual(["ben", "cho"]);
    expect(fanOut({ kind: "changes_requested", actorId: "ben", verdictAuthorId: "ana", assigneeId: "ana" }, defaults).map((r) => r.userId)).toEqual(["ana"]);
    expect(fanOut({ kind: "verdict_approved", actorId: "ben", verdictAuthorId: "ana", assigneeId: "cho" }, defaults).map((r) => r.userId)).toEqual(["ana", "cho"]);
    expect(fanOut({ kind: "approval_voided", actorId: null, verdictAuthorId: "ana" }, defaults).map((r) => r.userId)).toEqual(["ana"]);
    expect(fanOut({ kind: "verdict_published", actorId: "dee", verdictAuthorId: "ana", assigneeId: "cho" }, defaults).map((r) => r.userId)).toEqual(["ana", "cho"]);
    expect(fanOut({ kind: "verdict_published", actorId: "ana", verdictAuthorId: "ana", assigneeId: null }, defaults)).toEqual([]);
    expect(fanOut({ kind: "overdue", assigneeId: "ana", reviewerIds: ["ben", "ana"] }, defaults).map((r) => r.userId)).toEqual(["ana", "ben"]);
  });

  it("notifies no one outside the workspace: a mention of a non-member, someone removed", () => {
    expect(fanOut({ kind: "mention", actorId: "ana", mentionedIds: ["zed"] }, defaults)).toEqual([]);
    expect(fanOut({ kind: "due_tomorrow", assigneeId: "gone", reviewerIds: ["ben"] }, defaults).map((r) => r.userId)).toEqual(["ben"]);
  });

  it("follows each person's channel: off, in the app, or also by email (at once for mentions and review requests, in the digest otherwise)", () => {
    const ctx = prefs({ ben: { mention: "off" }, cho: { mention: "in_app", verdict_approved: "email" } });
    expect(fanOut({ kind: "mention", actorId: "ana", mentionedIds: ["ben", "cho", "dee"] }, ctx)).toEqual([
      { userId: "cho", kind: "mention", inApp: true, email: null },
      { userId: "dee", kind: "mention", inApp: true, email: "immediate" },
    ]);
    expect(fanOut({ kind: "verdict_approved", actorId: "ana", verdictAuthorId: "cho" }, ctx)).toEqual([{ userId: "cho", kind: "verdict_approved", inApp: true, email: "digest" }]);
  });

  it("has a default channel for every kind", () => {
    for (const k of NOTIFICATION_KINDS) expect(["in_app", "email", "off"]).toContain(DEFAULT_CHANNELS[k]);
  });

  it("says what happened to a published verdict in words", async () => {
    const { describeNotification } = await import("@/lib/domain/notifications/notification-text");
    const say = (data: object) => describeNotification({ kind: "verdict_published", actorName: "Morgan", data: { claimText: "Crime doubled", ...data } });
    expect(say({ publicationKind: "PUBLISH" })).toBe("Morgan published your verdict on “Crime doubled”");
    expect(say({ publicationKind: "CORRECTION", note: "New figures." })).toBe("Morgan published a correction of your verdict on “Crime doubled”: New figures.");
    expect(say({ publicationKind: "RETRACTION", note: "Withdrawn." })).toBe("Morgan retracted the public page of your verdict on “Crime doubled”: Withdrawn.");
  });
});
