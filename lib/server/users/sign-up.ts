import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ZEmail } from "@/lib/domain/auth-email";
import { passwordProblems } from "@/lib/domain/password-policy";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { checkSignUpRateLimit } from "@/lib/server/users/check-sign-up-rate-limit";

export const ZSignUpInput = z
  .object({
    email: ZEmail,
    name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
    password: z.string({ error: "Choose a password." }),
  })
  .superRefine((v, ctx) => {
    for (const message of passwordProblems(v.password, { email: v.email })) ctx.addIssue({ code: "custom", path: ["password"], message });
  });
/** `ip` is required: every sign-up counts against its caller's address (checkSignUpRateLimit). */
export type TSignUpInput = z.input<typeof ZSignUpInput> & { ip: string };

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists.";

function duplicate() {
  return new AppError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, { fieldErrors: { email: [DUPLICATE_EMAIL_MESSAGE] } });
}

/**
 * Creates a password account. Validates everything before writing anything; a taken email is a 409.
 * Rate-limited per IP (429 with retryAfter): each attempt costs an argon2 hash, and the 409 says
 * whether an email has an account, so unlimited sign-ups would be both a CPU sink and an oracle.
 * The email stays unverified (emailVerifiedAt null) until proven, see link-oauth-account.ts.
 */
export async function signUp({ ip, ...input }: TSignUpInput) {
  const { email, name, password } = ZSignUpInput.parse(input);
  await checkSignUpRateLimit({ ip });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate();
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash }, select: { id: true, email: true, name: true } });
      await recordAuditEvent(tx, {
        actor: { userId: user.id, via: "session", ip },
        workspaceId: null,
        action: "user.signed_up",
        targetType: "User",
        targetId: user.id,
        data: { method: "password" },
      });
      log.info("user signed up", { userId: user.id });
      return user;
    });
  } catch (e) {
    // Two sign-ups with one email at once: the unique index decides, the loser gets the same 409.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw duplicate();
    throw e;
  }
}
