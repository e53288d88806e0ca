import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";
import { article, importText } from "./helpers/documents";

// The conversation as the issue tells it: reviewer 1 mentions the editor in a comment; the editor,
// elsewhere in the app, sees the unread count (and My work) rise without a reload, opens the
// notification, lands on the claim with the thread, replies and resolves it.

test.describe.configure({ timeout: 120_000 });

const QUOTE = "4,200 containers were inspected last year";

/** An editor and a reviewer in the workspace, and a claim on the sample article marked by its owner. */
async function editorReviewerAndClaim(ws: Awaited<ReturnType<typeof seedWorkspace>>) {
  const editor = await ws.addMember("editor", "EDITOR");
  const reviewer1 = await ws.addMember("reviewer1", "REVIEWER");
  const doc = await importText(ws.owner.context.request, ws.slug, article().text);
  const text = ((await (await ws.owner.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}`)).json()) as { document: { text: string } }).document.text;
  const start = text.indexOf(QUOTE);
  const created = await ws.owner.context.request.post(`/api/w/${ws.slug}/claims`, { data: { documentId: doc.id, start, end: start + QUOTE.length, exact: QUOTE } });
  expect(created.status(), await created.text()).toBe(201);
  const claimId = ((await created.json()) as { claim: { id: string } }).claim.id;
  return { editor, reviewer1, claimId };
}

test("a mention reaches the editor live; the notification leads to the thread, which they answer and resolve", async ({ browser }) => {
  const ws = await seedWorkspace(browser);
  try {
    const { editor, reviewer1, claimId } = await editorReviewerAndClaim(ws);

    // The editor is on their My work page, with nothing waiting.
    const e = editor.page;
    await e.goto("/work");
    await expect(e.getByRole("heading", { name: "My work" })).toBeVisible();
    await expect(e.getByTestId("unread-count")).toHaveCount(0);
    await expect(e.getByTestId("my-work-count")).toHaveCount(0);

    // Reviewer 1 writes on the claim, picking the editor from the autocomplete with the keyboard.
    const r1 = reviewer1.page;
    await r1.goto(`/w/${ws.slug}/claims/${claimId}`);
    const input = r1.getByTestId("discussion").getByTestId("comment-input").last();
    // The page streams in behind its loading state, and React may reveal it a moment after the
    // load event: until then the box is in the DOM but hidden, cannot take focus, and typing
    // (which, unlike a click, does not wait for visibility) went nowhere in two full runs.
    await expect(input).toBeVisible();
    await input.pressSequentially(`Source 2 is paywalled; here is the PDF. @${editor.name.split(" ")[0]}`);
    await expect(input).toHaveValue(`Source 2 is paywalled; here is the PDF. @${editor.name.split(" ")[0]}`);
    await expect(r1.getByRole("option", { name: editor.name })).toBeVisible();
    await input.press("Enter");
    await input.pressSequentially("can you take this one?");
    await r1.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(r1.getByTestId("discussion").getByTestId("thread")).toHaveCount(1);
    await expect(r1.getByTestId("discussion").getByTestId("mention")).toHaveText(`@${editor.name}`);

    // The editor's bell and My work count rise without a reload.
    await expect(e.getByTestId("unread-count")).toHaveText("1");
    await expect(e.getByTestId("my-work-count")).toHaveText("1");
    await expect(e.getByTestId("my-work-link")).toHaveAccessibleName(/^My work\s*1 waiting$/);

    // The bell leads to the notifications page; the notification to the claim and its thread.
    await e.getByTestId("notification-bell").click();
    await expect(e).toHaveURL(/\/notifications$/);
    const note = e.getByTestId("notification").filter({ hasText: "mentioned you" });
    await expect(note).toContainText("can you take this one?");
    await expectNoSeriousA11yViolations(e);
    await note.click();
    await expect(e).toHaveURL(new RegExp(`/w/${ws.slug}/claims/${claimId}$`));
    const thread = e.getByTestId("discussion").getByTestId("thread").first();
    await expect(thread).toContainText("Source 2 is paywalled");
    await expect(thread.getByTestId("mention")).toHaveText(`@${editor.name}`);

    // The editor replies and resolves; reviewer 1 sees the thread resolved, live.
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByTestId("comment-input").fill("Taking it; the PDF has the 2,100 figure.");
    await thread.getByRole("button", { name: "Reply", exact: true }).last().click();
    await expect(thread.getByRole("list", { name: "Replies" })).toContainText("Taking it; the PDF has the 2,100 figure.");
    await thread.getByTestId("resolve").click();
    await expect(e.getByTestId("discussion").getByTestId("thread").first()).toHaveAttribute("data-resolved", "true");
    await expectNoSeriousA11yViolations(e);
    await expect(r1.getByTestId("discussion").getByTestId("thread").first()).toHaveAttribute("data-resolved", "true");

    // Read, and resolved: nothing waits for the editor any more.
    await e.goto("/work");
    await expect(e.getByTestId("unread-count")).toHaveCount(0);
    await expect(e.getByTestId("my-work-count")).toHaveCount(0);

    // Their notification settings offer mail per kind, keyboard-operable.
    await e.goto("/settings/account");
    const mentions = e.getByRole("radiogroup", { name: /Someone mentions me/ });
    await expect(mentions.getByRole("radio", { name: "App + email" })).toBeChecked();
    // Arrow keys move within the group, as in any radio group.
    await mentions.getByRole("radio", { name: "App + email" }).focus();
    await e.keyboard.press("ArrowLeft");
    await expect(e.getByTestId("notification-preferences").getByRole("status")).toHaveText("Saved.");
    await e.reload();
    await expect(e.getByRole("radiogroup", { name: /Someone mentions me/ }).getByRole("radio", { name: "In the app" })).toBeChecked();
    await expectNoSeriousA11yViolations(e);
  } finally {
    await ws.close();
  }
});

test("a comment typed before the page's scripts have run is kept, mention list and all", async ({ browser }) => {
  const ws = await seedWorkspace(browser);
  try {
    const { editor, reviewer1, claimId } = await editorReviewerAndClaim(ws);

    // Hold the page's scripts back (a slow phone connection): the server-rendered box takes the typing.
    const r1 = reviewer1.page;
    let release!: () => void;
    const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
    await r1.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), async (route) => {
      await scriptsMayLoad;
      await route.continue();
    });
    await r1.goto(`/w/${ws.slug}/claims/${claimId}`, { waitUntil: "commit" });
    const input = r1.getByTestId("discussion").getByTestId("comment-input").last();
    // Typed once the box is on screen (before the first paint it cannot take focus), scripts still held.
    await expect(input).toBeVisible();
    await input.pressSequentially(`Before the scripts: @${editor.name.split(" ")[0]}`);
    await expect(input).toHaveValue(`Before the scripts: @${editor.name.split(" ")[0]}`);
    release();
    // Hydrated, the text is still there and the member list opens for the "@" being typed.
    await expect(r1.getByRole("option", { name: editor.name })).toBeVisible();
    await input.press("Enter");
    await expect(input).toHaveValue(`Before the scripts: @${editor.name} `);
    await r1.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(r1.getByTestId("discussion").getByTestId("mention")).toHaveText(`@${editor.name}`);
  } finally {
    await ws.close();
  }
});

