import type { ComponentChildren, Ref } from "preact";

export type BannerKind = "error" | "warning" | "info" | "success";

const ICONS: Record<BannerKind, string> = { error: "!", warning: "!", info: "i", success: "✓" };

/**
 * A message strip. Errors and warnings are alerts (read out at once);
 * info and success are polite status updates.
 */
export function Banner({
  kind,
  title,
  children,
  action,
  focusRef,
}: {
  kind: BannerKind;
  title?: string;
  children?: ComponentChildren;
  action?: ComponentChildren;
  focusRef?: Ref<HTMLDivElement>;
}) {
  const urgent = kind === "error" || kind === "warning";
  return (
    <div class={`banner banner--${kind}`} role={urgent ? "alert" : "status"} tabIndex={focusRef ? -1 : undefined} ref={focusRef}>
      <span class="banner-icon" aria-hidden="true">
        {ICONS[kind]}
      </span>
      <div class="banner-body">
        {title && <p class="banner-title">{title}</p>}
        {children}
        {action && <div class="banner-action">{action}</div>}
      </div>
    </div>
  );
}
