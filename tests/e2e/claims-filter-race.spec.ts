import { expect, test, type APIRequestContext } from "@playwright/test";
import { seedWorkspace } from "./support/seed";

// On the workspace claims page a menu choice applies at once (a navigation), while the search
// text applies on Search. A search typed while the chosen document's view was still loading used
// to be wiped when that view landed (the controls were set to the view they had asked for), so
// Search then ran without it. Seeded in a workspace of the test's own through the API.

async function importText(request: APIRequestContext, slug: string, lines: string[]) {
  const res = await request.post(`/api/w/${slug}/documents`, { data: { kind: "text", content: lines.join("\n\n") } });
  expect(res.status(), await res.text()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  const read = await request.get(`/api/w/${slug}/documents/${document.id}`);
  return { id: document.id, text: ((await read.json()) as { document: { text: string } }).document.text };
}

async function markClaim(request: APIRequestContext, slug: string, doc: { id: string; text: string }, exact: string) {
  const start = doc.text.indexOf(exact);
  expect(start, `“${exact}” is in the document`).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/w/${slug}/claims`, { data: { documentId: doc.id, start, end: start + exact.length, exact } });
  expect(res.status(), await res.text()).toBe(201);
}

test("a search typed while a picked document's view loads survives its landing and searches within that document", async ({ browser }) => {
  const { slug, owner, close } = await seedWorkspace(browser, { ownerLabel: "filters" });
  const { page } = owner;

  // Two documents, each with a ferry claim and another one: "ferry" alone matches both documents.
  const harbour = await importText(page.request, slug, [
    "Harbour board reports on ferry fares",
    "Ferry fares rose by 12 percent in the spring.",
    "The board hired 30 new deckhands this year.",
  ]);
  const island = await importText(page.request, slug, [
    "Island council reviews its budget",
    "The ferry subsidy doubled since 2020.",
    "Road repairs took a third of the budget.",
  ]);
  await markClaim(page.request, slug, harbour, "Ferry fares rose by 12 percent");
  await markClaim(page.request, slug, harbour, "hired 30 new deckhands");
  await markClaim(page.request, slug, island, "ferry subsidy doubled since 2020");
  await markClaim(page.request, slug, island, "Road repairs took a third");

  await page.goto(`/w/${slug}/claims`);
  await expect(page.locator('form[data-ready="true"]')).toBeAttached();
  const rows = page.getByTestId("claims-table").locator("tbody tr");
  await expect(rows).toHaveCount(4);

  // Hold the picked document's view on the wire, as a slow server would, until the search is typed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === `/w/${slug}/claims` && url.searchParams.get("document") === harbour.id && !url.searchParams.has("q"),
    async (route) => {
      if (!route.request().headers()["next-router-prefetch"]) await held;
      await route.continue();
    },
  );
  const landed = page.waitForResponse((r) => r.url().includes(`document=${harbour.id}`) && !r.url().includes("q=") && !r.request().headers()["next-router-prefetch"]);
  await page.locator("#claims-document").selectOption(harbour.id);
  await page.locator("#claims-q").fill("ferry");
  release();
  await landed;
  await expect(rows).toHaveCount(2);
  await expect(page.getByText("Updating…")).toHaveCount(0);
  await expect(page.locator("#claims-q")).toHaveValue("ferry");
  await expect(page.locator("#claims-document")).toHaveValue(harbour.id);

  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/claims\\?document=${harbour.id}&q=ferry$`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Ferry fares rose by 12 percent");
  await close();
});
