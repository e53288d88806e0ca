import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillSignUp, newUser } from "./support/auth";

// The flow: a new user makes a workspace and invites a colleague, who signs up from the
// link in a browser of their own and joins with the role they were given.
test("sign up, create a workspace, invite a second user who signs up and accepts in another browser", async ({ browser, page }) => {
  const inviter = newUser("inviter");
  const invitee = newUser("invitee");
  const suffix = randomBytes(4).toString("hex");
  const workspace = { name: `E2E Desk ${suffix}`, slug: `e2e-desk-${suffix}` };

  await test.step("the inviter signs up and lands on the dashboard", async () => {
    await page.goto("/signup");
    await fillSignUp(page, inviter);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  await test.step("creates a workspace", async () => {
    await page.getByLabel("Workspace name").fill(workspace.name);
    await page.getByLabel("Workspace address").fill(workspace.slug);
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}$`));
    await expect(page.getByRole("heading", { name: workspace.name, level: 1 })).toBeVisible();
  });

  const inviteUrl = await test.step("invites the second user as a reviewer and reads the link shown", async () => {
    await page.goto(`/w/${workspace.slug}/members`);
    await page.getByLabel("Email address").fill(invitee.email);
    await page.getByLabel("Invite as").selectOption({ label: "Reviewer" });
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Invitation created for ${invitee.email}` })).toBeVisible();
    const url = await page.getByLabel("Invitation link").inputValue();
    expect(url).toMatch(/\/invite\/[^/]+$/);
    return url;
  });

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    await test.step("the invitee opens the link in another browser, signs up from it and accepts", async () => {
      await page2.goto(inviteUrl);
      await expect(page2.getByRole("heading", { name: `Join ${workspace.name}` })).toBeVisible();
      await page2.getByRole("link", { name: "Create an account" }).click();
      await expect(page2).toHaveURL(/\/signup\?next=/);
      await fillSignUp(page2, invitee);
      // Sign-up brings them back to the invitation, now signed in as the invited address.
      await expect(page2).toHaveURL(new URL(inviteUrl).pathname);
      await page2.getByRole("button", { name: "Accept invitation" }).click();
      await expect(page2).toHaveURL(new RegExp(`/w/${workspace.slug}$`));
    });

    await test.step("the invitee sees the workspace, as a reviewer", async () => {
      await expect(page2.getByRole("heading", { name: workspace.name, level: 1 })).toBeVisible();
      await page2.goto("/dashboard");
      // The dashboard card: its accessible name carries the workspace address.
      await expect(page2.getByRole("link", { name: new RegExp(`/w/${workspace.slug}`) })).toBeVisible();
    });
  } finally {
    await other.close();
  }

  await test.step("the inviter's members page lists the invitee with the role chosen", async () => {
    await page.goto(`/w/${workspace.slug}/members`);
    const row = page.getByRole("listitem").filter({ hasText: invitee.email });
    await expect(row).toBeVisible();
    await expect(row.getByLabel(`Role of ${invitee.name}`)).toHaveValue("REVIEWER");
    await expect(page.getByText("No pending invitations.")).toBeVisible();
  });
});
