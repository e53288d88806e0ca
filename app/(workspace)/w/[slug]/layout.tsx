import { RememberWorkspace } from "@/components/workspaces/remember-workspace";
import { loadWorkspace } from "./load-workspace";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await loadWorkspace(slug);
  return (
    <>
      <RememberWorkspace slug={workspace.slug} />
      {children}
    </>
  );
}
