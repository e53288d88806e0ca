import { redirect } from "next/navigation";

// Workspace settings live under /w/<slug>/settings; /settings itself is the personal account.
export default function SettingsIndex() {
  redirect("/settings/account");
}
