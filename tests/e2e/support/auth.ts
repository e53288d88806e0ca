import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// The seeded demo (prisma seed): tests that check what a newcomer finds there sign in as these.
// Tests that change things seed a workspace of their own instead (support/seed.ts).
export const DEMO_ADMIN = { email: "admin@example.com", password: "factdesk-demo" };
export const DEMO_EDITOR = { email: "editor@example.com", password: "factdesk-demo", name: "Priya Nair" };
export const DEMO_WORKSPACE = "demo";

export const randomEmail = (label: string) => `${label}-${randomUUID()}@test.example`;

export async function signIn(page: Page, user: { email: string; password: string }, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export type TNewUser = { name: string; email: string; password: string };

export function newUser(label: string): TNewUser {
  const email = randomEmail(label);
  return { name: `${label[0]!.toUpperCase()}${label.slice(1)} ${email.slice(label.length + 1, label.length + 7)}`, email, password: `e2e-${randomUUID()}` };
}

/** Fills the sign-up form on the current page (open /signup or a link to it first) and submits it. */
export async function fillSignUp(page: Page, user: TNewUser) {
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).not.toHaveURL(/\/signup/);
}
