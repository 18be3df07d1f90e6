import type { ComponentChildren } from "preact";

/** Groups related choices under one legend, the accessible name of the group. */
export function Fieldset({
  legend,
  hint,
  children,
  layout = "stack",
}: {
  legend: string;
  hint?: string;
  children: ComponentChildren;
  layout?: "stack" | "wrap";
}) {
  return (
    <fieldset class="fieldset">
      <legend class="field-label">{legend}</legend>
      {hint && <p class="field-hint">{hint}</p>}
      <div class={`fieldset-items fieldset-items--${layout}`}>{children}</div>
    </fieldset>
  );
}
