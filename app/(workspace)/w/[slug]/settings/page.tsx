import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ActivityList } from "@/components/workspaces/activity-list";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { PageHeader } from "@/components/workspaces/page-header";
import { SettingsForm } from "@/components/workspaces/settings-form";
import { can } from "@/lib/domain/roles";
import { listAuditEvents, ZListAuditEventsInput } from "@/lib/server/audit/list-audit-events";
import { loadWorkspace } from "../load-workspace";
import { deleteWorkspaceAction, updateSettingsAction } from "./actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Settings · ${workspace.name}` };
}

export default async function SettingsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { before } = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const editable = can(workspace.role, "workspace.settings");
  const cursor = typeof before === "string" && ZListAuditEventsInput.shape.cursor.safeParse(before).success ? before : undefined;
  const audit = editable ? await listAuditEvents({ actor, workspaceSlug: slug, limit: 25, cursor }) : null;

  return (
    <>
      <PageHeader title="Settings" description={`How ${workspace.name} works.`} />
      <div className="space-y-6">
        <Card title="General">
          {editable ? (
            <SettingsForm action={updateSettingsAction.bind(null, slug)} workspace={{ name: workspace.name, requiredApprovals: workspace.requiredApprovals }} />
          ) : (
            <div className="max-w-lg space-y-4 text-sm">
              <dl className="grid gap-4 sm:grid-cols-2">
                <div>
                  <dt className="text-slate-500">Workspace name</dt>
                  <dd className="mt-0.5 font-medium text-slate-900">{workspace.name}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">Required approvals</dt>
                  <dd className="mt-0.5 font-medium text-slate-900">{workspace.requiredApprovals}</dd>
                </div>
              </dl>
              <p className="text-slate-600">Only owners and admins can change these settings.</p>
            </div>
          )}
        </Card>

        {audit && (
          <div id="audit-log" className="scroll-mt-28">
            <Card title="Audit log" description="Every change to members, invitations and settings, newest first. Times in UTC.">
              {audit.events.length === 0 ? (
                <p className="text-sm text-slate-600">No events{cursor ? " older than these" : ""}.</p>
              ) : (
                <ActivityList events={audit.events} />
              )}
              {(cursor || audit.nextCursor) && (
              <div className="mt-4 flex gap-3">
                {cursor && (
                  <ButtonLink variant="secondary" href={`/w/${slug}/settings#audit-log`}>
                    Newest
                  </ButtonLink>
                )}
                {audit.nextCursor && (
                  <ButtonLink variant="secondary" href={`/w/${slug}/settings?before=${audit.nextCursor}#audit-log`}>
                    Older events
                  </ButtonLink>
                )}
              </div>
              )}
            </Card>
          </div>
        )}

        {can(workspace.role, "workspace.delete") && (
          <section aria-labelledby="danger-heading" className="rounded-lg bg-white shadow-sm ring-1 ring-red-200">
            <header className="border-b border-red-100 px-5 py-4">
              <h2 id="danger-heading" className="text-base font-semibold text-red-800">
                Danger zone
              </h2>
              <p className="mt-0.5 text-sm text-slate-600">
                Deleting the workspace removes its members, invitations and everything in it for everyone. This cannot be undone. To hand it over
                instead, make someone else an owner on the <Link href={`/w/${slug}/members`} className="font-medium text-brand-700 hover:underline">Members</Link> page.
              </p>
            </header>
            <div className="px-5 py-4">
              <DeleteWorkspaceForm action={deleteWorkspaceAction.bind(null, slug)} slug={workspace.slug} />
            </div>
          </section>
        )}
      </div>
    </>
  );
}
