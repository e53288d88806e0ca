import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import type { TRole } from "@/lib/domain/roles";

/**
 * How a workspace presents itself on its public pages, as the fact-checkers' codes ask: who
 * publishes (name, logo, about), whether authors' and reviewers' names are shown, the methodology
 * and corrections policy (rich text on the rationale schema), and which roles besides owners and
 * admins may publish. Pure.
 */
export type TPublicProfile = {
  publicName: string | null;
  /** An https image address, or null. */
  logoUrl: string | null;
  about: string;
  showNames: boolean;
  methodology: TTiptapNode | null;
  correctionsPolicy: TTiptapNode | null;
  /** Roles that may publish besides owners and admins: EDITOR and/or REVIEWER. */
  extraPublisherRoles: Extract<TRole, "EDITOR" | "REVIEWER">[];
};

export const DEFAULT_PUBLIC_PROFILE: TPublicProfile = {
  publicName: null,
  logoUrl: null,
  about: "",
  showNames: true,
  methodology: null,
  correctionsPolicy: null,
  extraPublisherRoles: [],
};

/** A stored profile read leniently: anything missing or malformed takes its default. */
export function publicProfileFromStored(json: unknown): TPublicProfile {
  const o = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const doc = (v: unknown) => (v && typeof v === "object" && (v as TTiptapNode).type === "doc" ? (v as TTiptapNode) : null);
  return {
    publicName: str(o.publicName),
    logoUrl: str(o.logoUrl),
    about: str(o.about) ?? "",
    showNames: typeof o.showNames === "boolean" ? o.showNames : true,
    methodology: doc(o.methodology),
    correctionsPolicy: doc(o.correctionsPolicy),
    extraPublisherRoles: Array.isArray(o.extraPublisherRoles) ? o.extraPublisherRoles.filter((r): r is "EDITOR" | "REVIEWER" => r === "EDITOR" || r === "REVIEWER") : [],
  };
}

/** Who may publish, correct, reopen and retract in a workspace with this (stored) profile. */
export function publisherRolesOf(storedProfile: unknown): TRole[] {
  return ["OWNER", "ADMIN", ...publicProfileFromStored(storedProfile).extraPublisherRoles];
}
