import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const DEMO_ADMIN = { email: "admin@example.com", password: "factdesk-demo" };
export const DEMO_WORKSPACE = "demo";

export const randomEmail = (label: string) => `${label}-${randomUUID()}@test.example`;

export async function signIn(page: Page, user: { email: string; password: string }, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}
