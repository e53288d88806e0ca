"use client";

import { useActionState, useState } from "react";
import { formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { RoleBadge } from "@/components/ui/role-badge";
import { ROLE_LABELS, type TRole } from "@/lib/domain/roles";
import type { TMemberDto } from "@/lib/domain/workspaces/member-dto";

export type TMemberRow = Pick<TMemberDto, "userId" | "name" | "email" | "role"> & { isMe: boolean };

/** One member: role select (only roles the viewer may give) with an explicit Save, and remove with a confirm step. */
export function MemberRow({
  member,
  roleOptions,
  canRemove,
  changeRoleAction,
  removeAction,
}: {
  member: TMemberRow;
  roleOptions: TRole[];
  canRemove: boolean;
  changeRoleAction?: TStateAction;
  removeAction?: TStateAction;
}) {
  const [roleState, roleFormAction] = useActionState(changeRoleAction ?? (async () => null), null);
  const [removeState, removeFormAction] = useActionState(removeAction ?? (async () => null), null);
  const [role, setRole] = useState<TRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const error = formError(roleState) ?? formError(removeState);
  const selectId = `role-${member.userId}`;
  const editable = Boolean(changeRoleAction) && roleOptions.length > 1;

  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <span aria-hidden className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
          {member.name.trim().charAt(0).toUpperCase()}
        </span>
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-slate-900">
            {member.name} {member.isMe && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
          </p>
          <p className="truncate text-sm text-slate-500">{member.email}</p>
          {error && (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {editable ? (
          <form action={roleFormAction} className="flex items-center gap-2">
            <label htmlFor={selectId} className="sr-only">
              Role of {member.name}
            </label>
            <select
              id={selectId}
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as TRole)}
              className="rounded-md border-0 bg-white py-1.5 pl-2.5 pr-8 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
            >
              {roleOptions.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            {role !== member.role && (
              <SubmitButton variant="secondary" pendingText="Saving…" className="!py-1.5">
                Save role
              </SubmitButton>
            )}
          </form>
        ) : (
          <RoleBadge role={member.role} />
        )}
        {canRemove && removeAction && !confirming && (
          <Button type="button" variant="ghost" className="!py-1.5 text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)} aria-label={`Remove ${member.name}`}>
            Remove
          </Button>
        )}
        {canRemove && removeAction && confirming && (
          <form action={removeFormAction} className="flex items-center gap-2">
            <span className="text-sm text-slate-700">Remove {member.name}?</span>
            <SubmitButton variant="danger" pendingText="Removing…" className="!py-1.5">
              Confirm remove
            </SubmitButton>
            <Button type="button" variant="ghost" className="!py-1.5" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </form>
        )}
      </div>
    </li>
  );
}
