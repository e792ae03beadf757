import type { ReactNode } from 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'members-links': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}

/**
 * Where a members-only group's join block appears once unlocked: the page's
 * sealed vault holds that block, drawn at build time by the same component as
 * an open group's, and `src/elements/members.ts` puts it here. Until then it
 * shows its one locked line (the children).
 */
export function MembersLinks({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <members-links className="members-links" data-group={id}>
      {children && <div className="members-links__locked">{children}</div>}
    </members-links>
  );
}
