/** A personal access token as its owner sees it listed (never the secret: only its prefix). Times are ISO strings. */
export type TApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  access: "READ_WRITE" | "READ_ONLY";
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  /** Expired tokens stay listed so they can be cleaned up. */
  expired: boolean;
};
