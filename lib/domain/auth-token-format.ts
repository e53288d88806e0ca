/** Personal access tokens look like `fdk_<43 base64url chars>`; the prefix is what lists show. */
export const API_TOKEN_PREFIX = "fdk_";
export const API_TOKEN_SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

const FORMAT = /^fdk_[A-Za-z0-9_-]{43}$/;

export function looksLikeApiToken(v: string): boolean {
  return FORMAT.test(v);
}
