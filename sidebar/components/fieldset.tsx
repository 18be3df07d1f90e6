import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";

/** Groups related choices under one legend, the accessible name of the group; a refusal is its description. */
export function Fieldset({
  legend,
  hint,
  children,
  layout = "stack",
  error,
}: {
  legend: string;
  hint?: string;
  children: ComponentChildren;
  layout?: "stack" | "wrap";
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset class="fieldset" data-invalid={error ? "" : undefined} aria-describedby={error ? errorId : undefined}>
      <legend class="field-label">{legend}</legend>
      {hint && <p class="field-hint">{hint}</p>}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div class={`fieldset-items fieldset-items--${layout}`}>{children}</div>
    </fieldset>
  );
}
