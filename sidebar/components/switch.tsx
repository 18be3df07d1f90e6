/**
 * An on/off switch (a button with role="switch"): Space and Enter toggle
 * it. While the server applies the change it shows the requested state as
 * busy, then the state the server reports.
 */
export function Switch({
  label,
  checked,
  busy,
  onChange,
  describedBy,
}: {
  label: string;
  checked: boolean;
  busy: boolean;
  onChange: (next: boolean) => void;
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
      onClick={() => !busy && onChange(!checked)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{label}</span>
    </button>
  );
}
