/** An indeterminate progress bar for server calls that report no steps; the label says what is being done. */
export function Progress({ label }: { label: string }) {
  return (
    <div class="progress" role="status">
      <span class="progress-track" aria-hidden="true">
        <span class="progress-bar" />
      </span>
      <span class="progress-label">{label}</span>
    </div>
  );
}
