/**
 * What a new password must satisfy (NIST 800-63B style: length and a block-list, no composition
 * rules). Pure, so the sign-up form, the API and the tests all apply the same rules.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** argon2 accepts any length, but hashing megabytes on request is a cheap denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

// The most used passwords that are long enough to pass the length rule (breach corpora top lists).
const COMMON = new Set([
  "1234567890", "12345678910", "123456789a", "1234567890a", "0123456789", "0987654321", "1111111111", "0000000000",
  "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "qwertyuiop", "qwerty1234", "qwerty12345", "qwerty123456", "asdfghjkl1",
  "asdfghjkl;", "zxcvbnm123", "1qaz2wsx3edc", "qazwsxedc123", "password12", "password123", "password1234", "password12345",
  "passw0rd123", "p@ssw0rd123", "p@ssword123", "password!23", "password01", "mypassword", "mypassword1", "mypassword123",
  "iloveyou12", "iloveyou123", "iloveyou1234", "letmein123", "letmein1234", "welcome123", "welcome1234", "welcome2024",
  "welcome2025", "welcome2026", "changeme123", "changeme12", "administrator", "admin12345", "admin123456", "adminadmin",
  "abc1234567", "abcdefghij", "abcdefg123", "abcd123456", "football123", "baseball123", "basketball", "superman123",
  "batman1234", "princess123", "sunshine123", "starwars123", "dragon1234", "monkey1234", "master1234", "trustno1234",
  "whatever123", "computer123", "internet123", "secret1234", "123qweasdzxc", "1234qwerty", "1234abcd!!", "summer2025",
  "winter2025", "spring2025", "autumn2025", "summer2026", "winter2026", "spring2026", "autumn2026", "factdesk123",
  "factdesk-demo", "factdesk2026", "fact-check", "factchecker", "loveyou1234", "michael123", "jennifer123", "qwertzuiop",
  "azertyuiop", "aaaaaaaaaa", "zaq12wsxcde", "1q2w3e4r5t6y7u", "google1234", "facebook123", "samsung123", "pokemon123",
]);

export type TPasswordContext = { email?: string | null };

/** Every rule the password breaks, as sentences to show under the field (empty: acceptable). */
export function passwordProblems(password: string, ctx: TPasswordContext = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    problems.push("This password is one of the most common ones. Choose something harder to guess.");
  }
  const local = ctx.email?.trim().toLowerCase().split("@")[0] ?? "";
  // Very short local parts ("al@…") would reject too many good passwords by accident.
  if (local.length >= 3 && lower.includes(local)) {
    problems.push("Don't use your email address (or the part before the @) in your password.");
  }
  return problems;
}
