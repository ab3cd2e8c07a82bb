/**
 * Makes an open element a modal dialog, framework-free: everything outside it
 * inert (siblings of it and of each of its ancestors up to <body>), the page
 * behind it still, Tab and Shift+Tab kept inside, Esc closes. Returns the undo,
 * which also gives focus back to `opener`.
 */
export function holdModal(
  dialog: HTMLElement,
  { opener, onClose }: { opener: HTMLElement | null; onClose: () => void },
) {
  const behind: HTMLElement[] = [];
  for (let node: HTMLElement | null = dialog; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (
        sibling !== node &&
        sibling instanceof HTMLElement &&
        !sibling.inert &&
        !(sibling instanceof HTMLScriptElement)
      ) {
        sibling.inert = true;
        behind.push(sibling);
      }
    }
  }
  const { overflow } = document.body.style;
  document.body.style.overflow = "hidden";
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onClose();
    } else if (e.key === "Tab") {
      const focusable = [...dialog.querySelectorAll<HTMLElement>("button, input, select, a[href], [tabindex]")].filter(
        (el) => !el.hasAttribute("disabled") && el.tabIndex >= 0 && el.offsetParent !== null,
      );
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  document.addEventListener("keydown", onKey);
  return () => {
    for (const el of behind) el.inert = false;
    document.body.style.overflow = overflow;
    document.removeEventListener("keydown", onKey);
    opener?.focus();
  };
}
