import { afterAll, describe, expect, it } from "vitest";
import { GET as METHODOLOGY } from "@/app/p/[workspace]/methodology/route";
import { GET as POLICY } from "@/app/p/[workspace]/corrections-policy/route";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { setPublicSlug } from "@/lib/server/publishing/set-public-slug";
import { updatePublicProfile } from "@/lib/server/publishing/update-public-profile";
import { codeOf } from "../workspaces/fixtures";
import { act, actorOf, approvedWorld, getPublic, publicSlugOf } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const profile = (over: object = {}) => ({ publicName: null, logoUrl: null, about: "", showNames: true, methodology: null, correctionsPolicy: null, extraPublisherRoles: [] as ("EDITOR" | "REVIEWER")[], ...over });
const page = async (fn: typeof METHODOLOGY, slug: string) => (await fn(new Request("http://localhost/"), { params: Promise.resolve({ workspace: slug }) })).text();

describe("public addresses", () => {
  it("can be chosen before the first publication; a later change keeps the old address redirecting (308)", async () => {
    const x = await approvedWorld();
    const other = await approvedWorld();
    const set = (slug: string, who = x.w.admin) => setPublicSlug({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, slug });
    expect(await codeOf(set("Bad Slug!"))).toBe("BAD_REQUEST");
    expect(await codeOf(set("methodology"))).toBe("BAD_REQUEST");
    expect(await codeOf(set("record-low", x.w.reviewer))).toBe("FORBIDDEN");
    await set("record-low");
    await act(x, x.w.admin, "publish");
    expect(await publicSlugOf(x.claim.id)).toBe("record-low");
    expect((await getPublic(`/p/${x.w.slug}/record-low`)).status).toBe(200);

    await set("unemployment-record-low");
    await expect.poll(async () => (await getPublic(`/p/${x.w.slug}/record-low`)).status, { timeout: 10_000, interval: 100 }).toBe(308);
    expect((await getPublic(`/p/${x.w.slug}/record-low`)).headers.get("location")).toBe(`/p/${x.w.slug}/unemployment-record-low`);
    expect((await getPublic(`/p/${x.w.slug}/record-low/v/1`)).headers.get("location")).toBe(`/p/${x.w.slug}/unemployment-record-low/v/1`);
    expect((await getPublic(`/p/${x.w.slug}/unemployment-record-low`)).status).toBe(200);
    // Another claim of the same workspace cannot take an address this one has had; another workspace can.
    const y = { ...x, claim: x.other };
    expect(await codeOf(setPublicSlug({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: y.claim.id, slug: "record-low" }))).toBe("CONFLICT");
    await setPublicSlug({ actor: actorOf(other.w.admin), workspaceSlug: other.w.slug, claimId: other.claim.id, slug: "record-low" });
  });
});

describe("the public profile", () => {
  it("owners and admins set it; readers see the public name, names hidden when chosen, the methodology and corrections policy", async () => {
    const x = await approvedWorld();
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    expect(await page(METHODOLOGY, x.w.slug)).toContain("signed off exactly that text");
    expect(await page(METHODOLOGY, x.w.slug)).toContain("Mostly false");
    expect(await page(POLICY, x.w.slug)).toContain("we correct it in the open");

    expect(await codeOf(updatePublicProfile({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, profile: profile() }))).toBe("FORBIDDEN");
    expect(await codeOf(updatePublicProfile({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, profile: profile({ logoUrl: "javascript:alert(1)" }) }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(updatePublicProfile({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, profile: profile({ methodology: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } }) })),
    ).toBe("BAD_REQUEST");
    // A level-1 heading would compete with the page's title: the policy schema has levels 2 and 3 only.
    expect(
      await codeOf(updatePublicProfile({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, profile: profile({ methodology: { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] }] } }) })),
    ).toBe("BAD_REQUEST");
    await updatePublicProfile({
      actor: actorOf(x.w.admin),
      workspaceSlug: x.w.slug,
      profile: profile({
        publicName: "The <Checkers>",
        about: "A regional desk.",
        showNames: false,
        methodology: {
          type: "doc",
          content: [
            { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "How we pick claims" }] },
            { type: "paragraph", content: [{ type: "text", text: "We call every source twice." }] },
            { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Sources <we trust>" }] },
          ],
        },
      }),
    });
    await expect.poll(async () => (await getPublic(`/p/${x.w.slug}/${slug}`)).body, { timeout: 10_000, interval: 100 }).toContain("The &lt;Checkers&gt;");
    const body = (await getPublic(`/p/${x.w.slug}/${slug}`)).body;
    expect(body).not.toContain("Reviewed by");
    const method = await page(METHODOLOGY, x.w.slug);
    expect(method).toContain("We call every source twice.");
    // The policy pages may have sections (levels 2 and 3 under the page's h1), escaped like the rest.
    expect(method).toContain("<h2>How we pick claims</h2>");
    expect(method).toContain("<h3>Sources &lt;we trust&gt;</h3>");
    expect(method).toContain("A regional desk.");
  });

  it("a workspace may let editors publish", async () => {
    const x = await approvedWorld();
    expect(await codeOf(act(x, x.w.editor, "publish"))).toBe("FORBIDDEN");
    await updatePublicProfile({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, profile: profile({ extraPublisherRoles: ["EDITOR"] }) });
    expect((await act(x, x.w.editor, "publish")).status).toBe("PUBLISHED");
  });
});
