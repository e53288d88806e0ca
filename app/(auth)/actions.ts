"use server";

import { signOut } from "@/lib/auth";

/** Signs the current browser out; Auth.js's signOut event revokes its AuthSession row too. */
export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
