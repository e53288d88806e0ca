/**
 * Original demo content (written for Factdesk; nothing copied from the corpus articles).
 * Later issues extend it so a newcomer opens a lived-in workspace.
 */
export const DEMO_PASSWORD = "factdesk-demo";

export const DEMO_WORKSPACE = {
  slug: "demo",
  name: "Harbor City Fact Desk",
  requiredApprovals: 2,
} as const;

export const DEMO_USERS = [
  { email: "admin@example.com", name: "Morgan Ellis", role: "OWNER" },
  { email: "editor@example.com", name: "Priya Nair", role: "EDITOR" },
  { email: "reviewer1@example.com", name: "Tomás Ortega", role: "REVIEWER" },
  { email: "reviewer2@example.com", name: "Hannah Okafor", role: "REVIEWER" },
] as const;
