import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { NotificationPreferences } from "@/components/account/notification-preferences";
import { timeZoneNames } from "@/lib/domain/time-zone";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { TokensList } from "@/components/account/tokens-list";
import { Card } from "@/components/ui/card";
import { describeUserAgent } from "@/lib/domain/auth-user-agent";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { listAuthSessions } from "@/lib/server/auth/list-auth-sessions";
import { getMyNotificationPreferences } from "@/lib/server/notifications/get-my-notification-preferences";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { getAccount } from "@/lib/server/users/get-account";
import {
  changePasswordAction,
  createTokenAction,
  revokeSessionAction,
  revokeTokenAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "./actions";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountSettingsPage() {
  const actor = await requirePageActor("/settings/account");
  const [account, sessions, tokens, notificationPrefs] = await Promise.all([
    getAccount({ actor }),
    listAuthSessions({ actor }),
    listApiTokens({ actor }),
    getMyNotificationPreferences({ actor }),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Account settings</h1>
        <p className="mt-1 text-sm text-slate-600">Your profile, password, signed-in devices and API tokens. These apply across all your workspaces.</p>
      </header>

      <Card title="Profile" description="How teammates see you in workspaces, comments and reviews.">
        <div id="profile">
          <ProfileForm action={updateProfileAction} name={account.name} email={account.email} />
        </div>
      </Card>

      <Card
        title={account.hasPassword ? "Password" : "Set a password"}
        description={account.hasPassword ? "Use a long passphrase you don't use anywhere else." : `You sign in with ${account.oauthProviders.join(" and ")}. A password lets you sign in with your email too.`}
      >
        <div id="password">
          <PasswordForm action={changePasswordAction} hasPassword={account.hasPassword} minLength={PASSWORD_MIN_LENGTH} />
        </div>
      </Card>

      <Card title="Notifications" description="What reaches you in the app (the bell and the Notifications page) and by email, across your workspaces.">
        <NotificationPreferences initial={notificationPrefs.preferences} mailEnabled={notificationPrefs.mailEnabled} timeZone={notificationPrefs.timeZone} timeZones={timeZoneNames()} />
      </Card>

      <Card title="Active sessions" description="Browsers signed in to your account.">
        <div id="sessions">
          <SessionsList
            sessions={sessions.map((s) => ({ ...s, device: describeUserAgent(s.userAgent) }))}
            revokeAction={revokeSessionAction}
            signOutEverywhereAction={signOutEverywhereAction}
          />
        </div>
      </Card>

      <Card title="Personal access tokens" description="For scripts and integrations calling the Factdesk API as you. Treat them like passwords.">
        <div id="tokens" className="space-y-6">
          <CreateTokenForm action={createTokenAction} />
          <TokensList tokens={tokens} revokeAction={revokeTokenAction} />
        </div>
      </Card>
    </div>
  );
}
