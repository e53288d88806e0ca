import { ZodError } from "zod";

/** The one error type. Thrown anywhere below the edge, mapped to HTTP / action results only at the edge. */
export const ErrorCode = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof ErrorCode;

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly fieldErrors?: TFieldErrors;
  /** Seconds until a rate-limited caller may retry. */
  readonly retryAfter?: number;

  constructor(code: TErrorCode, message: string, opts: { fieldErrors?: TFieldErrors; retryAfter?: number; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors;
    this.retryAfter = opts.retryAfter;
  }

  get status(): number {
    return ErrorCode[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** A zod failure becomes a 400 whose message names the first problem and whose fieldErrors list all. */
export function fromZodError(e: ZodError): AppError {
  const fieldErrors: TFieldErrors = {};
  for (const issue of e.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = e.issues[0];
  const where = first && first.path.length ? `${first.path.join(".")}: ` : "";
  return new AppError("BAD_REQUEST", `${where}${first?.message ?? "Invalid input"}`, { fieldErrors });
}

/** Normalises anything thrown into an AppError; unknown errors become INTERNAL with a generic message. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof ZodError) return fromZodError(e);
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.", { cause: e });
}

export type TErrorBody = { error: { code: TErrorCode; message: string; fieldErrors?: TFieldErrors; retryAfter?: number } };

export function errorBody(e: AppError): TErrorBody {
  return {
    error: {
      code: e.code,
      message: e.message,
      ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}),
      ...(e.retryAfter !== undefined ? { retryAfter: e.retryAfter } : {}),
    },
  };
}
