import "server-only";
import { CredentialsSignin } from "@auth/core/errors";

/**
 * What authorize() throws. Auth.js puts `code` in the error URL (so it must not say whether the
 * account exists) and, in server actions, rethrows this very instance, so the sign-in action can
 * read the message and retry time.
 */
export class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid_credentials";
}

export class RateLimitedSignInError extends CredentialsSignin {
  code = "rate_limited";
  constructor(
    readonly userMessage: string,
    readonly retryAfter: number,
  ) {
    super(userMessage);
  }
}
