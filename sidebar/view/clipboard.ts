/**
 * Copies text, preferring the async Clipboard API. Sidebars run in nested
 * iframes where that API is often blocked by permissions policy, so the
 * fallback selects a hidden textarea and uses the older copy command.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked by the frame's permissions: fall through to the older route.
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.append(area);
  const previous = doc.activeElement as HTMLElement | null;
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  // Give focus back to the Copy button, so keyboard users stay where they were.
  previous?.focus();
  return copied;
}
