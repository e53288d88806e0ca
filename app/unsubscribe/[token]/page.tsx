import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { Button, ButtonLink } from "@/components/ui/button";
import { isAppError } from "@/lib/errors";
import { getUnsubscribeTarget } from "@/lib/server/notifications/unsubscribe";

// The token in the URL is a capability: keep it out of search engines and Referer headers.
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

async function load(token: string) {
  try {
    return await getUnsubscribeTarget({ token });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

/**
 * A mail's unsubscribe link. Opening it changes nothing (mail scanners open links); the button
 * posts the form, which works without JavaScript and without signing in.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { done } = await searchParams;
  const target = await load(token);
  if (!target) {
    return (
      <AuthCard title="This unsubscribe link is not valid">
        <p className="text-sm text-slate-600">Check that you opened the whole link, or change your mail settings in Factdesk under Settings → Account.</p>
      </AuthCard>
    );
  }
  if (done) {
    return (
      <AuthCard title="You are unsubscribed" subtitle={`No more mail about ${target.label} for ${target.email}.`}>
        <div className="space-y-4 text-sm text-slate-600">
          <p>These notifications still appear in the app. You can turn mail back on in your notification settings.</p>
          <ButtonLink href="/settings/account#notifications" variant="secondary" className="w-full">
            Notification settings
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Stop these mails?" subtitle={`Mail about ${target.label} to ${target.email}.`}>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="space-y-4 text-sm text-slate-600">
        <p>You will still see these notifications in the app.</p>
        <Button type="submit" className="w-full">
          Unsubscribe
        </Button>
      </form>
    </AuthCard>
  );
}
