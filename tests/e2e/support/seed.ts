import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { newUser, signIn, type TNewUser } from "./auth";

/**
 * What a test needs to start from, made through the public API the way a team would (documenso's
 * seedUser idea): its own accounts and its own workspace, so no two tests share people, roles or
 * documents, and a test may demote or remove anyone without touching another test.
 */

export type TRole = "OWNER" | "ADMIN" | "EDITOR" | "REVIEWER" | "VIEWER";

/** A signed-in person with a browser context of their own (own cookies, own IndexedDB). */
export type TPerson = { context: BrowserContext; page: Page; id: string; name: string; email: string; password: string };

/** Signs up through POST /api/signup; returns the new user's id. */
export async function signUpApi(request: APIRequestContext, user: TNewUser): Promise<string> {
  const res = await request.post("/api/signup", { data: user });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { user: { id: string } }).user.id;
}

/** A browser context of its own, signed in through the real sign-in form. */
export async function signedIn(browser: Browser, user: TNewUser & { id: string }): Promise<TPerson> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page, ...user };
}

/** A new account (signed up through the API), signed in in its own browser context. */
export async function newPerson(browser: Browser, label: string): Promise<TPerson> {
  const user = newUser(label);
  const context = await browser.newContext();
  const id = await signUpApi(context.request, user);
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page, id, ...user };
}

export type TWorkspace = {
  slug: string;
  owner: TPerson;
  /** Adds a new account with `role`: invited by the owner, signed up and accepted through the API. */
  addMember: (label: string, role: Exclude<TRole, "OWNER">) => Promise<TPerson>;
  /** Every context this workspace opened, for the end of the test. */
  close: () => Promise<void>;
};

/** A fresh workspace whose owner is a fresh account, created through POST /api/workspaces. */
export async function seedWorkspace(browser: Browser, opts: { ownerLabel?: string } = {}): Promise<TWorkspace> {
  const owner = await newPerson(browser, opts.ownerLabel ?? "owner");
  const people: TPerson[] = [owner];
  const created = await owner.context.request.post("/api/workspaces", { data: { name: `E2E ${randomUUID().slice(0, 8)}` } });
  expect(created.status(), await created.text()).toBe(201);
  const { workspace } = (await created.json()) as { workspace: { slug: string } };

  const addMember = async (label: string, role: Exclude<TRole, "OWNER">) => {
    const user = newUser(label);
    const invite = await owner.context.request.post(`/api/w/${workspace.slug}/invitations`, { data: { email: user.email, role } });
    expect(invite.status(), await invite.text()).toBe(201);
    const { acceptUrl } = (await invite.json()) as { acceptUrl: string };
    const context = await browser.newContext();
    const id = await signUpApi(context.request, user);
    const page = await context.newPage();
    await signIn(page, user);
    const accept = await context.request.post("/api/invitations/accept", { data: { token: acceptUrl.split("/invite/")[1] } });
    expect(accept.status(), await accept.text()).toBe(200);
    const person = { context, page, id, ...user };
    people.push(person);
    return person;
  };

  return {
    slug: workspace.slug,
    owner,
    addMember,
    close: async () => {
      await Promise.all(people.map((p) => p.context.close().catch(() => {})));
    },
  };
}
