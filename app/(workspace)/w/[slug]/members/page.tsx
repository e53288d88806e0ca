import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { InvitationRow } from "@/components/members/invitation-row";
import { InviteForm } from "@/components/members/invite-form";
import { LeaveWorkspace } from "@/components/members/leave-workspace";
import { MemberRow } from "@/components/members/member-row";
import { PageHeader } from "@/components/workspaces/page-header";
import { can, canAssignRole, canRemoveMember, ROLES } from "@/lib/domain/roles";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { loadWorkspace } from "../load-workspace";
import { changeRoleAction, inviteAction, leaveWorkspaceAction, removeMemberAction, revokeInvitationAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Members · ${workspace.name}` };
}

export default async function MembersPage({ params }: Props) {
  const { slug } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const myRole = workspace.role;
  const manages = can(myRole, "members.manage");
  const [members, invitations] = await Promise.all([
    listMembers({ actor, workspaceSlug: slug }),
    manages ? listInvitations({ actor, workspaceSlug: slug }) : Promise.resolve([]),
  ]);
  const owners = members.filter((m) => m.role === "OWNER").length;
  const invitable = ROLES.filter((r) => canAssignRole(myRole, null, r));

  return (
    <>
      <PageHeader
        title="Members"
        description={`${members.length} ${members.length === 1 ? "person has" : "people have"} access to ${workspace.name}.`}
      />
      <div className="space-y-6">
        {manages && (
          <Card title="Invite people" description="They get a link that lets them join with the role you pick. It expires after 7 days.">
            <InviteForm action={inviteAction.bind(null, slug)} roles={invitable} defaultRole="EDITOR" />
          </Card>
        )}

        <Card title="People" description={manages ? "Change roles or remove people. Only owners can change who is an owner." : undefined}>
          <ul className="-my-4 divide-y divide-slate-100">
            {members.map((m) => {
              const isMe = m.userId === actor.userId;
              // Your own role is changed by another owner/admin; leaving is on its own card.
              const roleOptions = manages && !isMe ? ROLES.filter((r) => r === m.role || canAssignRole(myRole, m.role, r)) : [];
              return (
                <MemberRow
                  key={m.userId}
                  member={{ userId: m.userId, name: m.name, email: m.email, role: m.role, isMe }}
                  roleOptions={roleOptions}
                  canRemove={!isMe && canRemoveMember(myRole, m.role)}
                  changeRoleAction={manages && !isMe ? changeRoleAction.bind(null, slug, m.userId) : undefined}
                  removeAction={manages ? removeMemberAction.bind(null, slug, m.userId) : undefined}
                />
              );
            })}
          </ul>
        </Card>

        {manages && (
          <Card title="Pending invitations" description="Links that have not been used yet. Revoking one makes it stop working.">
            {invitations.length === 0 ? (
              <p className="text-sm text-slate-600">No pending invitations.</p>
            ) : (
              <ul className="-my-3 divide-y divide-slate-100">
                {invitations.map((i) => (
                  <InvitationRow
                    key={i.id}
                    invitation={i}
                    revokeAction={canAssignRole(myRole, null, i.role) ? revokeInvitationAction.bind(null, slug, i.id) : undefined}
                  />
                ))}
              </ul>
            )}
          </Card>
        )}

        <Card title="Leave workspace">
          <LeaveWorkspace
            action={leaveWorkspaceAction.bind(null, slug)}
            workspaceName={workspace.name}
            blockedReason={myRole === "OWNER" && owners <= 1 ? "You are the only owner. Make another member an owner before you leave." : undefined}
          />
        </Card>
      </div>
    </>
  );
}
