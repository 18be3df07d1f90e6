import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";

/** A titled surface; the title labels the region so screen readers can jump between cards. */
export function Card({ title, children, actions }: { title?: string; children: ComponentChildren; actions?: ComponentChildren }) {
  const id = useId();
  return (
    <section class="card" aria-labelledby={title ? id : undefined}>
      {title && (
        <h2 class="card-title" id={id}>
          {title}
        </h2>
      )}
      {children}
      {actions && <div class="card-actions">{actions}</div>}
    </section>
  );
}
