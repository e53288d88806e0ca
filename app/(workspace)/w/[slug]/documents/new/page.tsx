import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/documents/import-form";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/workspaces/page-header";
import { can } from "@/lib/domain/roles";
import { loadWorkspace } from "../../load-workspace";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Import an article · ${workspace.name}` };
}

export default async function ImportDocumentPage({ params }: Props) {
  const { slug } = await params;
  const { workspace } = await loadWorkspace(slug);
  const crumbs = (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href={`/w/${slug}/documents`} className="font-medium text-slate-600 hover:text-slate-900 hover:underline">
        Documents
      </Link>
      <span aria-hidden="true" className="mx-2 text-slate-400">
        /
      </span>
    </nav>
  );
  if (!can(workspace.role, "content.edit")) {
    return (
      <>
        {crumbs}
        <PageHeader title="Import an article" />
        <EmptyState level={2} title="Viewers can't import articles" action={<ButtonLink href={`/w/${slug}/documents`} variant="secondary">Back to documents</ButtonLink>}>
          Ask an owner or admin of {workspace.name} for the editor role if you need to bring in articles.
        </EmptyState>
      </>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      {crumbs}
      <PageHeader title="Import an article" description="The original is kept unchanged beside the copy your team edits and annotates." />
      <ImportForm workspaceSlug={slug} />
    </div>
  );
}
