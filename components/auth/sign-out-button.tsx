import { buttonClass } from "@/components/ui/button";

/** A plain form post, so signing out works without client JavaScript. Pass `signOutAction` from app/(auth)/actions. */
export function SignOutButton({ action, className = "", label = "Sign out" }: { action: () => Promise<void>; className?: string; label?: string }) {
  return (
    <form action={action}>
      <button type="submit" className={className || buttonClass("ghost")}>
        {label}
      </button>
    </form>
  );
}
