import "server-only";

/**
 * GitHub's profile email is whatever the user made public; only /user/emails says whether an
 * address is verified. Returns the verified primary address (or the profile one if verified).
 */
export async function githubVerifiedEmail({ accessToken, profileEmail }: { accessToken: string; profileEmail?: string | null }) {
  const res = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, "User-Agent": "factdesk", Accept: "application/vnd.github+json" },
  });
  if (!res.ok) return null;
  const emails = (await res.json()) as { email: string; primary: boolean; verified: boolean }[];
  const verified = emails.filter((e) => e.verified);
  const chosen = verified.find((e) => profileEmail && e.email.toLowerCase() === profileEmail.toLowerCase()) ?? verified.find((e) => e.primary);
  return chosen?.email ?? null;
}
