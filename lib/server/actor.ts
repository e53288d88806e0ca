import "server-only";

/**
 * Who is acting. Every lib/server function takes one and enforces authorization with it.
 * Built only at the edge (session cookie or personal access token), never from client input.
 */
export type TActor = {
  userId: string;
  via: "session" | "token";
  /** AuthSession id for cookie sessions (lets "sign out everywhere" keep or end this one). */
  sessionId?: string;
  /** ApiToken id for bearer requests. */
  tokenId?: string;
  ip?: string;
};
