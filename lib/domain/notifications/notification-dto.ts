import type { TPersonRef } from "@/lib/domain/reviews/review-dto";

export type TNotificationDto = {
  id: string;
  kind: string;
  /** The sentence (describeNotification). */
  text: string;
  /** Where it is about: the claim's review, or the workspace. */
  href: string;
  workspace: { slug: string; name: string };
  actor: TPersonRef;
  createdAt: string;
  read: boolean;
};
