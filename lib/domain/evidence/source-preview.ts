/** What the add-evidence form fills in from a pasted URL (POST …/sources/preview); nothing is stored. */
export type TSourcePreview = {
  /** Where the redirects ended. */
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
};
