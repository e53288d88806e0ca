import NextAuth, { type DefaultSession } from "next-auth";
import { authConfig } from "@/lib/server/auth/auth-config";

declare module "next-auth" {
  interface Session {
    /** The AuthSession row behind this JWT. */
    sessionId: string;
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(authConfig);
