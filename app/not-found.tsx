import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="grid min-h-screen place-items-center px-6 py-24">
      <div className="text-center">
        <Logo />
        <p className="mt-10 text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">We couldn’t find that page</h1>
        <p className="mt-3 text-slate-600">The link may be wrong, or the page belongs to a workspace you are not a member of.</p>
        <div className="mt-8 flex justify-center gap-3">
          <ButtonLink href="/dashboard">Go to your workspaces</ButtonLink>
        </div>
      </div>
    </main>
  );
}
