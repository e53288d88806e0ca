import { expect, test, type Page } from "@playwright/test";
import { seedWorkspace } from "./support/seed";

// Importing as a fact-checker does: paste a blog post with its header and reader comments, upload a
// hard-wrapped text file. The details (title, address, author, date) are read from the text into
// the form before import, the comments are left out of the article and the person is told so.
// The articles are written for this test; the workspace and its owner are the test's own.

const shot = (name: string) => test.info().outputPath(`${name}.png`);
// Screenshots for a person to look at (IMPORT_SCREENSHOTS=<path prefix>), besides the test's own output folder.
const shoot = async (page: Page, name: string) => {
  await page.screenshot({ path: shot(name), fullPage: true });
  if (process.env.IMPORT_SCREENSHOTS) await page.screenshot({ path: `${process.env.IMPORT_SCREENSHOTS}-${name}.png`, fullPage: true });
};

// A headline long enough that a sentence-based guess would cut it ("… is the agency").
const PASTED_TITLE = "The Office of Harbour Safety (OHS) is the agency that lost track of 300 life jackets, an audit finds";
const PASTED = [
  PASTED_TITLE,
  "By Marta Keller",
  "June 12, 2025",
  "https://harbour-watch.example.org/2025/06/life-jackets",
  "",
  "An internal audit of the Office of Harbour Safety found that 300 life jackets bought for the ferry fleet in 2023 cannot be located, according to a copy of the report seen by this blog.",
  "",
  "The audit says the jackets were delivered to a depot that closed the same year, and that no transfer was ever recorded. The office said on Tuesday that it was reviewing its stock records.",
  "",
  "Ferry crews told the auditors that some boats sailed with fewer jackets than passengers for several weeks last summer.",
  "",
  "Previous Post",
  "Next Post",
  "",
  "14 comments",
  "",
  "Rosa Lindqvist says:",
  "June 12, 2025 at 9:41 am",
  "I work on the night ferry and nobody ever counted the jackets on our boat.",
  "Reply",
  "",
  "Tom Arkwright says:",
  "June 12, 2025 at 11:02 am",
  "Three hundred seems low. The depot had at least twice that in the spring.",
  "Reply",
].join("\n");

// Hard-wrapped at 70 columns, as plain-text newsletters and wire copy arrive.
const UPLOAD_TITLE = "County plans to close two rural bus depots by the end of the year";
const UPLOADED = [
  UPLOAD_TITLE,
  "",
  "Board papers show savings of 1.2 million a year",
  "",
  "October 3, 2025",
  "https://valley-courier.example.net/news/bus-depots",
  "",
  "The county transport board plans to close the Millbrook and Ashford bus",
  "depots by December, moving 40 buses to the central garage, according to",
  "papers published ahead of Thursday's meeting.",
  "",
  "The board estimates the move will save 1.2 million a year in rent and",
  "maintenance. Drivers' representatives said the longer trips to the first",
  "stop of each route would add about 25 minutes to every early shift.",
  "",
  "A decision is expected after a public consultation that closes in",
  "November.",
  "",
].join("\n");

test("paste and upload: details read into the form, comments left out and said so, the title whole", async ({ browser }) => {
  test.setTimeout(120_000);
  const { slug, owner, close } = await seedWorkspace(browser, { ownerLabel: "importer" });
  const { page } = owner;

  // Paste: the details fill in from the text as it is pasted.
  await page.goto(`/w/${slug}/documents/new`);
  const paste = page.getByRole("tabpanel");
  await paste.getByLabel("Article text").fill(PASTED);
  await expect(paste.getByLabel("Title")).toHaveValue(PASTED_TITLE);
  await expect(paste.getByLabel("Where it was published")).toHaveValue("https://harbour-watch.example.org/2025/06/life-jackets");
  await expect(paste.getByLabel("Author")).toHaveValue("Marta Keller");
  await expect(paste.getByLabel("Published on")).toHaveValue("2025-06-12");
  await shoot(page, "paste-form");

  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/documents/[0-9a-f-]+\\?imported=1$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(PASTED_TITLE);
  const notice = page.getByRole("status").filter({ hasText: "Not everything in the original became article text" });
  await expect(notice).toContainText(/Left out what looks like reader comments \(\d+ words, starting “/);
  const editor = page.locator("#document-editor");
  await expect(editor).toContainText("Ferry crews told the auditors");
  for (const comment of ["nobody ever counted", "Three hundred seems low", "14 comments", "Previous Post"]) await expect(editor).not.toContainText(comment);
  // The byline, date and address became the details, not article text.
  await expect(page.getByText("by Marta Keller", { exact: false }).first()).toBeVisible();
  await expect(editor).not.toContainText("By Marta Keller");
  await shoot(page, "paste-result");

  // The notice goes when dismissed; the Original import card keeps saying it.
  await notice.getByRole("link", { name: "Dismiss" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/documents/[0-9a-f-]+$`));
  await expect(notice).toHaveCount(0);
  await expect(page.getByText("Left out of the article")).toBeVisible();

  // Upload: a .txt file's details are read in the browser; a corrected author wins.
  await page.goto(`/w/${slug}/documents/new`);
  await page.getByRole("tab", { name: "Upload a file" }).click();
  const upload = page.getByRole("tabpanel");
  await expect(upload.getByText("Read from the file when it is imported")).toBeVisible();
  await upload.locator('input[type="file"]').setInputFiles({ name: "bus-depots.txt", mimeType: "text/plain", buffer: Buffer.from(UPLOADED) });
  await expect(upload.getByLabel("Title")).toHaveValue(UPLOAD_TITLE);
  await expect(upload.getByLabel("Where it was published")).toHaveValue("https://valley-courier.example.net/news/bus-depots");
  await expect(upload.getByLabel("Published on")).toHaveValue("2025-10-03");
  await expect(upload.getByLabel("Author")).toHaveValue("");
  await upload.getByLabel("Author").fill("Valley Courier staff");
  await shoot(page, "upload-form");

  await page.getByRole("button", { name: "Import article" }).click();

  await expect(page).toHaveURL(new RegExp(`/w/${slug}/documents/[0-9a-f-]+\\?imported=1$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(UPLOAD_TITLE);
  await expect(page.getByText("by Valley Courier staff", { exact: false }).first()).toBeVisible();
  // Nothing was left out, so nothing to say.
  await expect(page.getByText("Not everything in the original became article text")).toHaveCount(0);
  // The hard wraps are joined back into three paragraphs; the header lines are details, not text.
  const uploadedEditor = page.locator("#document-editor");
  await expect(uploadedEditor).toContainText("moving 40 buses to the central garage, according to papers published");
  await expect(uploadedEditor).not.toContainText("https://valley-courier");
  await shoot(page, "upload-result");
  await close();
});

test("an upload that is not plain text leaves the details to the importer, and says so", async ({ browser }) => {
  const { slug, owner, close } = await seedWorkspace(browser, { ownerLabel: "importer" });
  const { page } = owner;
  await page.goto(`/w/${slug}/documents/new`);
  await page.getByRole("tab", { name: "Upload a file" }).click();
  const upload = page.getByRole("tabpanel");
  const html = `<html><head><title>Bridge repairs start in May</title><meta name="author" content="Lena Ruiz"></head><body><article><h1>Bridge repairs start in May</h1><p>Work on the old river bridge begins on May 5 and will close one lane for six weeks, the city said.</p></article></body></html>`;
  await upload.locator('input[type="file"]').setInputFiles({ name: "bridge.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await expect(upload.getByText("Leave these empty and the importer reads them from the file")).toBeVisible();
  await expect(upload.getByLabel("Title")).toHaveValue("");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/documents/[0-9a-f-]+\\?imported=1$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText("Bridge repairs start in May");
  await expect(page.getByText("by Lena Ruiz", { exact: false }).first()).toBeVisible();
  await close();
});
