import { useEffect, useRef } from "preact/hooks";

/**
 * Moves focus to an element when `trigger` changes to something new (a
 * fresh report), so keyboard and screen-reader users land on the result of
 * what they just did. Never on first render: opening the sidebar must not
 * jump anywhere.
 */
export function useFocusOn<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (trigger) ref.current?.focus();
  }, [trigger]);
  return ref;
}
