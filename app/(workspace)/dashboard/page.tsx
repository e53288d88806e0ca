import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { PageHeader } from "@/components/workspaces/page-header";
import { LAST_WORKSPACE_COOKIE } from "@/components/workspaces/remember-workspace";
import { WorkspaceCard } from "@/components/workspaces/workspace-card";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { listMyWorkspaces } from "@/lib/server/workspaces/list-my-workspaces";
import { createWorkspaceAction } from "./actions";

export const metadata: Metadata = { title: "Your workspaces" };

export default async function DashboardPage() {
  const actor = await requirePageActor("/dashboard");
  const workspaces = await listMyWorkspaces({ actor });
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  // The workspace opened last comes first: most people return to where they were.
  const ordered = [...workspaces].sort((a, b) => Number(b.slug === last) - Number(a.slug === last));

  return (
    <>
      <PageHeader title="Your workspaces" description="Each workspace is one team’s desk: its members, documents, claims and verdicts." />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="workspaces-heading">
          <h2 id="workspaces-heading" className="sr-only">
            Workspaces
          </h2>
          {ordered.length === 0 ? (
            <EmptyState title="You’re not in a workspace yet">
              Create one for your team with the form here, or ask a colleague to invite you: an invitation arrives as a link that brings you straight in.
            </EmptyState>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {ordered.map((w) => (
                <li key={w.id}>
                  <WorkspaceCard workspace={w} lastOpened={w.slug === last && ordered.length > 1} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <div id="create-workspace" className="scroll-mt-24">
          <Card title="Create workspace" description="You will be its owner and can invite your team next.">
            <CreateWorkspaceForm action={createWorkspaceAction} autoFocus={ordered.length === 0} />
          </Card>
        </div>
      </div>
    </>
  );
}
