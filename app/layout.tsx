import type { Metadata } from "next";
import { connection } from "next/server";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "The collaborative fact-check workspace.",
};

// Every page renders per request: its scripts carry the request's CSP nonce (proxy.ts), which a
// page prerendered at build time could not. Signed-in pages were dynamic already.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
