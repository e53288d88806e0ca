import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { captureSnapshot } from "@/lib/server/snapshots/capture-snapshot";
import { approveAs, reviewWorld, stateAs } from "../reviews/helpers";
import { article, pendingSnapshot, testSite, type TTestSite } from "./helpers";

/** The capture job and sign-off: approvals rest on the text of the cited source's latest capture. */

let site: TTestSite;
beforeAll(async () => {
  site = await testSite();
});
afterAll(async () => {
  site.close();
  await stopJobSender();
});

const PARAGRAPHS = ["The unemployment rate rose to 5.4 percent in March, up from 4.9 percent a year earlier.", "The office will publish regional figures next month."];

describe("a new capture of a cited source", () => {
  it("voids approvals when its text changed, and leaves them standing when only the bytes did", async () => {
    const x = await reviewWorld({ requiredApprovals: 1 });
    const sourceId = x.e1.source.id;
    site.page("/labour", article("Labour market bulletin", PARAGRAPHS));
    const first = await pendingSnapshot(x.w, sourceId, site.url("/labour"));
    expect(await captureSnapshot({ snapshotId: first.id, finalAttempt: false })).toEqual({ status: "OK" });
    expect((await approveAs(x, x.w.reviewer)).status).toBe("APPROVED");

    // The same article with different markup around it: the readable text is the same.
    site.page("/labour", article("Labour market bulletin", PARAGRAPHS).replace("<body>", '<body data-token="rotated">'));
    const same = await pendingSnapshot(x.w, sourceId, site.url("/labour"));
    await captureSnapshot({ snapshotId: same.id, finalAttempt: false });
    expect((await stateAs(x, x.w.viewer)).status).toBe("APPROVED");

    // The publisher edits the article after it was signed off.
    site.page("/labour", article("Labour market bulletin", ["The unemployment rate rose to 5.6 percent in March.", PARAGRAPHS[1]!]));
    const edited = await pendingSnapshot(x.w, sourceId, site.url("/labour"));
    await captureSnapshot({ snapshotId: edited.id, finalAttempt: false });
    const s = await stateAs(x, x.w.viewer);
    expect(s.status).toBe("IN_REVIEW");
    expect(s.validApprovals).toBe(0);
    expect(s.reviews[0]?.voided?.reason).toMatch(/evidence.*A new capture of a cited source differs/is);
  });
});
