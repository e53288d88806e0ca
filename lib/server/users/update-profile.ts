import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";

export const ZUpdateProfileInput = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
});
export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput> & { actor: TActor };

export async function updateProfile({ actor, ...input }: TUpdateProfileInput) {
  const { name } = ZUpdateProfileInput.parse(input);
  return db.user.update({ where: { id: actor.userId }, data: { name }, select: { id: true, email: true, name: true } });
}
