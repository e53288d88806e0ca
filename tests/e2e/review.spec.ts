import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace, type TPerson } from "./support/seed";
import { article, importText } from "./helpers/documents";

// The review workflow as a desk runs it: an editor proposes a verdict, reviewer 1 asks for a
// change, the editor revises, both reviewers approve from their own browsers and the claim is
// approved; a later edit of the verdict voids both approvals, visibly, and puts it back in review.

test.describe.configure({ timeout: 150_000 });

const QUOTE = "4,200 containers were inspected last year";

async function claimWithEvidence(request: APIRequestContext, slug: string, documentId: string) {
  const doc = (await (await request.get(`/api/w/${slug}/documents/${documentId}`)).json()) as { document: { text: string } };
  const start = doc.document.text.indexOf(QUOTE);
  const res = await request.post(`/api/w/${slug}/claims`, { data: { documentId, start, end: start + QUOTE.length, exact: QUOTE } });
  expect(res.status(), await res.text()).toBe(201);
  const claimId = ((await res.json()) as { claim: { id: string } }).claim.id;
  const ev = await request.post(`/api/w/${slug}/claims/${claimId}/evidence`, {
    data: { source: { title: "Call with the harbour office", description: "Phone call, notes kept by the desk.", type: "INTERVIEW" }, stance: "REFUTES", excerpt: "about 2,100 containers", note: "" },
  });
  expect(ev.status(), await ev.text()).toBe(201);
  return claimId;
}

const statusOf = (page: Page) => page.getByTestId("claim-status").first();
const action = (page: Page, label: string | RegExp) => page.getByRole("group", { name: "Workflow actions" }).getByRole("button", { name: label });

async function openReview(person: TPerson, slug: string, claimId: string) {
  await person.page.goto(`/w/${slug}/claims/${claimId}`);
  await expect(person.page.getByTestId("sign-off-panel")).toBeVisible();
}

async function saveVerdict(page: Page, opts: { rating?: string; summary: string; rationale?: string }) {
  const form = page.getByTestId("verdict-form");
  if (opts.rating) await form.getByRole("radio", { name: new RegExp(`^${opts.rating}`) }).check();
  await form.getByLabel("Summary for readers").fill(opts.summary);
  if (opts.rationale !== undefined) {
    const editor = form.getByTestId("rationale-editor");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(opts.rationale);
  }
  await form.getByTestId("save-verdict").click();
  await expect(page.getByTestId("review-notice")).toHaveText("Verdict saved as a new version.");
}

test("propose, request changes, revise, two approvals, then an edit voids them visibly", async ({ browser }) => {
  const ws = await seedWorkspace(browser);
  try {
    const editor = await ws.addMember("editor", "EDITOR");
    const reviewer1 = await ws.addMember("reviewer1", "REVIEWER");
    const reviewer2 = await ws.addMember("reviewer2", "REVIEWER");
    const doc = await importText(ws.owner.context.request, ws.slug, article().text);
    const claimId = await claimWithEvidence(ws.owner.context.request, ws.slug, doc.id);

    // 1. The editor starts research and proposes version 1, resting on the claim's evidence.
    await openReview(editor, ws.slug, claimId);
    const e = editor.page;
    await expect(statusOf(e)).toHaveText("Draft");
    await action(e, "Start research").click();
    await expect(statusOf(e)).toHaveText("Researching");
    await expect(e.getByTestId("verdict-form").getByRole("checkbox", { name: /Call with the harbour office/ })).toBeChecked();
    await expect(e).toHaveTitle(/^Review: /);
    await expectNoSeriousA11yViolations(e);
    await saveVerdict(e, { rating: "Mostly false", summary: "About 2,100 containers were inspected, not 4,200.", rationale: "The harbour office confirmed the lower figure by phone." });
    await expect(e.getByTestId("verdict-summary")).toHaveText("About 2,100 containers were inspected, not 4,200.");
    await action(e, "Submit for review").click();
    await expect(statusOf(e)).toHaveText("In review");
    // The author cannot approve their own verdict: no Approve button for them at all.
    await expect(action(e, "Approve")).toHaveCount(0);

    // 2. Reviewer 1 asks for a change, with a comment the author must see.
    await openReview(reviewer1, ws.slug, claimId);
    const r1 = reviewer1.page;
    await action(r1, "Request changes…").click();
    const dialog = r1.getByRole("dialog", { name: "Request changes" });
    await dialog.getByTestId("reason-input").fill("Name the source of the 2,100 figure in the summary.");
    await dialog.getByRole("button", { name: "Request changes" }).click();
    await expect(statusOf(r1)).toHaveText("Changes requested");

    // 3. The editor sees the comment, revises (version 2) and submits again.
    await openReview(editor, ws.slug, claimId);
    await expect(e.getByTestId("change-request")).toContainText("Name the source of the 2,100 figure in the summary.");
    // The change request opened a thread in the discussion: the editor answers there, mentioning reviewer 1, and resolves it.
    const thread = e.getByTestId("discussion").getByTestId("thread").first();
    await expect(thread).toContainText("On verdict version 1");
    await thread.getByRole("button", { name: "Reply" }).click();
    const reply = thread.getByTestId("comment-input");
    await reply.pressSequentially(`Named it. @${reviewer1.name.split(" ")[0]}`);
    await e.getByRole("option", { name: reviewer1.name }).click();
    await reply.pressSequentially("please look again.");
    await thread.getByRole("button", { name: "Reply", exact: true }).last().click();
    await expect(thread.getByTestId("mention")).toHaveText(`@${reviewer1.name}`);
    await thread.getByTestId("resolve").click();
    await expect(e.getByTestId("discussion").getByTestId("thread").first()).toHaveAttribute("data-resolved", "true");
    await e.getByTestId("edit-verdict").click();
    await saveVerdict(e, { summary: "The harbour office says about 2,100 containers were inspected, not 4,200." });
    await expect(e.getByTestId("change-request")).toHaveCount(0);
    await action(e, "Submit for review").click();
    await expect(statusOf(e)).toHaveText("In review");
    // Version 2 against version 1, word by word.
    await expect(e.getByTestId("summary-diff").locator("ins").filter({ hasText: "harbour office says about" })).toHaveCount(1);
    await expect(e.getByTestId("summary-diff").locator("del")).toHaveText(["[deleted: About]"]);

    // Reviewer 1 still has the claim open: the mention arrives live, in the bell and in the discussion, without a reload.
    await expect(r1.getByTestId("unread-count")).toHaveText("1");
    await expect(r1.getByTestId("discussion").getByTestId("thread").first()).toHaveAttribute("data-resolved", "true");
    // The notification leads to the claim.
    await r1.goto("/notifications");
    await expect(r1.getByTestId("unread-count")).not.toHaveText("0");
    const mention = r1.getByTestId("notification").filter({ hasText: "mentioned you" });
    await expect(mention).toContainText("please look again.");
    await expectNoSeriousA11yViolations(r1);
    await mention.click();
    await expect(r1).toHaveURL(new RegExp(`/w/${ws.slug}/claims/${claimId}$`));

    // 4. Both reviewers approve from their own browsers; the second approval reaches the quorum.
    await openReview(reviewer1, ws.slug, claimId);
    await openReview(reviewer2, ws.slug, claimId);
    await action(r1, "Approve").click();
    await expect(r1.getByTestId("quorum")).toHaveText("1 of 2 approvals · 1 more needed");
    const r2 = reviewer2.page;
    // Reviewer 2 loaded the page before reviewer 1's approval: approving the same content still counts.
    await action(r2, "Approve").click();
    await expect(r2.getByTestId("quorum")).toHaveText("Approved (2 of 2)");
    await expect(statusOf(r2)).toHaveText("Approved");
    await expect(r2.getByTestId("review-entry").and(r2.locator("[data-kind=APPROVE][data-voided=false]"))).toHaveCount(2);
    await expect(r2).toHaveTitle(/^Review: /);
    await expectNoSeriousA11yViolations(r2);

    // 5. An edit after approval: the editor saves version 3; both approvals are voided, visibly.
    await openReview(editor, ws.slug, claimId);
    await e.getByTestId("edit-verdict").click();
    await expect(e.getByTestId("verdict-card")).toContainText("Saving a new version voids the approvals given so far");
    await saveVerdict(e, { summary: "The harbour office says about 2,100 containers were inspected last year, not 4,200." });
    await expect(statusOf(e)).toHaveText("In review");
    await expect(e.getByTestId("quorum")).toHaveText("0 of 2 approvals · 2 more needed");
    const voided = e.locator("[data-testid=review-entry][data-voided=true][data-kind=APPROVE]");
    await expect(voided).toHaveCount(2);
    await expect(voided.first().getByTestId("void-reason")).toContainText("Version 3 of the verdict was saved.");

    // Reviewer 2 sees it too, and may approve the new version.
    await r2.reload();
    await expect(r2.getByTestId("quorum")).toHaveText("0 of 2 approvals · 2 more needed");
    await expect(action(r2, "Approve")).toBeVisible();
    await expect(e).toHaveTitle(/^Review: /);
    await expectNoSeriousA11yViolations(e);

    // Reviewer 2's queue lists it again (the new version waits for them), and links to the review.
    await r2.goto(`/w/${ws.slug}/review`);
    const waiting = r2.getByTestId("queue-waiting").getByTestId("queue-item");
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText("0 of 2 approvals");
    await expectNoSeriousA11yViolations(r2);
    await waiting.click();
    await expect(r2).toHaveURL(new RegExp(`/w/${ws.slug}/claims/${claimId}$`));
  } finally {
    await ws.close();
  }
});
