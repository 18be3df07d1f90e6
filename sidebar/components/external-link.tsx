import type { ComponentChildren } from "preact";

/**
 * A link out of the sidebar. It opens a new tab (the sidebar's own frame
 * cannot show Drive), and says so for screen-reader users.
 */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
