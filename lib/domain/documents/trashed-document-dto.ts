/** A document in the workspace trash, as the trash page, the API and a trashed document's old link show it. */
export type TTrashedDocumentDto = {
  id: string;
  title: string;
  /** Claims that went to the trash with it (and come back with a restore). */
  claimCount: number;
  trashedAt: string;
  /** Null when the person has since been deleted. */
  trashedBy: { id: string; name: string } | null;
  /** When it is purged for good; until then it can be restored. */
  purgeAt: string;
};
