import type { ComponentChildren } from "preact";
import { Spinner } from "./spinner";

export interface ButtonProps {
  children: ComponentChildren;
  variant?: "primary" | "secondary" | "text";
  type?: "button" | "submit";
  /**
   * While busy the button shows a spinner and ignores clicks but stays
   * focusable (aria-disabled, not disabled): disabling the focused button
   * would drop a keyboard user's focus to the page.
   */
  busy?: boolean;
  busyLabel?: string;
  disabled?: boolean;
  /** A compact button for actions inside a card's content (Copy, Show SQL). */
  small?: boolean;
  onClick?: () => void;
}

export function Button({
  children,
  variant = "secondary",
  type = "button",
  busy = false,
  busyLabel,
  disabled,
  small,
  onClick,
}: ButtonProps) {
  return (
    <button
      type={type}
      class={`button button--${variant}${small ? " button--small" : ""}`}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.();
      }}
    >
      {busy && <Spinner label={busyLabel ?? "Working…"} inline />}
      <span>{children}</span>
    </button>
  );
}
