/** An indeterminate progress ring; the label is what a screen reader hears. */
export function Spinner({ label, inline = false }: { label: string; inline?: boolean }) {
  return (
    <span class={inline ? "spinner-wrap spinner-wrap--inline" : "spinner-wrap"} role="status">
      <span class="spinner" aria-hidden="true" />
      <span class={inline ? "visually-hidden" : "spinner-label"}>{label}</span>
    </span>
  );
}
