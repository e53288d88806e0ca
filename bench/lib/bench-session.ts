import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import type { TBenchArticle } from "./bench-article";

/** A browser context signed in through the real sign-in form (the session cookie the editor uses). */
export async function signInContext(browser: Browser, baseUrl: string, user: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.close();
  return context;
}

/** Imports the article as pasted text through the public API; returns the new document's id. */
export async function importArticle(request: APIRequestContext, baseUrl: string, slug: string, article: TBenchArticle): Promise<string> {
  const res = await request.post(`${baseUrl}/api/w/${slug}/documents`, {
    data: { kind: "text", content: article.text },
  });
  if (!res.ok()) throw new Error(`import failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { id?: string; document?: { id: string } };
  const id = body.document?.id ?? body.id;
  if (!id) throw new Error(`import answered without a document id: ${JSON.stringify(body).slice(0, 300)}`);
  return id;
}
