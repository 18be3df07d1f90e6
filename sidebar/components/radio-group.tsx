import { useId } from "preact/hooks";
import { Fieldset } from "./fieldset";

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** Native radios sharing a name, so arrow keys move between them as users expect. */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  layout = "stack",
}: {
  legend: string;
  /** "wrap" puts short options side by side (dialects), "stack" one per line (options with descriptions). */
  layout?: "stack" | "wrap";
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <Fieldset legend={legend} layout={layout}>
      {options.map((option) => (
        <label class="choice choice--described" key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span class="choice-text">
            <span class="choice-label">{option.label}</span>
            {option.description && <span class="choice-description">{option.description}</span>}
          </span>
        </label>
      ))}
    </Fieldset>
  );
}
