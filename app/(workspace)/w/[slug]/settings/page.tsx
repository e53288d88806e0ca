import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { RatingScaleEditor } from "@/components/reviews/rating-scale-editor";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { PublicProfileForm } from "@/components/workspaces/public-profile-form";
import { PageHeader } from "@/components/workspaces/page-header";
import { SettingsForm } from "@/components/workspaces/settings-form";
import { timeZoneNames } from "@/lib/domain/time-zone";
import { can } from "@/lib/domain/roles";
import { getPublicProfile } from "@/lib/server/publishing/get-public-profile";
import { getRatingScale } from "@/lib/server/reviews/get-rating-scale";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { loadWorkspace } from "../load-workspace";
import { deleteWorkspaceAction, updateSettingsAction } from "./actions";
import { AuditLogSection, type TAuditFilterParams } from "./audit-log-section";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<TAuditFilterParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Settings · ${workspace.name}` };
}

export default async function SettingsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const filterParams = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const editable = can(workspace.role, "workspace.settings");
  const [ratingScale, members, publicProfile] = await Promise.all([
    getRatingScale({ actor, workspaceSlug: slug }),
    editable ? listMembers({ actor, workspaceSlug: slug }) : null,
    getPublicProfile({ actor, workspaceSlug: slug }),
  ]);

  return (
    <>
      <PageHeader title="Settings" description={`How ${workspace.name} works.`} />
      <div className="space-y-6">
        <Card title="General">
          {editable ? (
            <SettingsForm action={updateSettingsAction.bind(null, slug)} workspace={{ name: workspace.name, requiredApprovals: workspace.requiredApprovals, timeZone: workspace.timeZone }} timeZones={timeZoneNames()} />
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

        <div id="rating-scale" className="scroll-mt-28">
          <Card title="Rating scale" description="The ratings verdicts choose from, and what each one tells readers.">
            <RatingScaleEditor slug={slug} initial={ratingScale} editable={editable} />
          </Card>
        </div>

        <div id="public-pages" className="scroll-mt-28">
          <Card title="Public pages" description="How published verdicts present your desk to readers.">
            <PublicProfileForm slug={slug} initial={publicProfile.profile} workspaceName={workspace.name} editable={editable} />
          </Card>
        </div>

        {editable && members && <AuditLogSection actor={actor} slug={slug} params={filterParams} members={members} />}

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
