/** One signed-in browser of the actor. Times are ISO strings. */
export type TAuthSessionDto = {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  /** The session making this request. */
  current: boolean;
};
