import type { ReactNode } from "react";

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {children}
    </svg>
  );
}

export const BulletListIcon = () => (
  <Icon>
    <circle cx="4" cy="5.5" r="1" fill="currentColor" />
    <circle cx="4" cy="10" r="1" fill="currentColor" />
    <circle cx="4" cy="14.5" r="1" fill="currentColor" />
    <path d="M8 5.5h9M8 10h9M8 14.5h9" />
  </Icon>
);

export const OrderedListIcon = () => (
  <Icon>
    <path d="M3 4.5h1.5v3M3 7.5h3M3 12.5c.4-.6 1-1 1.6-1 .8 0 1.3.5 1.3 1.1 0 1-2.9 2-2.9 3h3" strokeWidth="1.3" />
    <path d="M9 5.5h8M9 10h8M9 14.5h8" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M4 4v12M8 6h9M8 10h9M8 14h6" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" />
    <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7 5 3.5 8.5 7 12" />
    <path d="M3.5 8.5H12a4.5 4.5 0 0 1 0 9H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m13 5 3.5 3.5L13 12" />
    <path d="M16.5 8.5H8a4.5 4.5 0 0 0 0 9h3" />
  </Icon>
);

export const MarkClaimIcon = () => (
  <Icon>
    <path d="M4 15.5h12" />
    <path d="m11.5 3.5 3 3-6.5 6.5H5v-3l6.5-6.5Z" />
  </Icon>
);
