/** A native checkbox (so Space toggles it) with its whole label clickable. */
export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span class="choice-text">{label}</span>
    </label>
  );
}
