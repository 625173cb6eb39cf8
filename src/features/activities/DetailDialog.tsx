import { useLayoutEffect, useRef, type ReactNode } from "react";

/**
 * On a phone the detail is a modal dialog over the whole screen: the table behind it is inert and
 * cannot scroll across it. The `activity` URL parameter stays the state: the dialog is open while it is
 * there, Escape and the close button remove it (ActivityDetail), and so does the browser's Back.
 */
export function DetailDialog({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open && typeof element.showModal === "function") element.showModal();
    return () => element?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="detail-dialog"
      aria-labelledby={labelledBy}
      // Escape closes through the URL (ActivityDetail listens for it), not by the dialog closing itself.
      onCancel={(event) => event.preventDefault()}
    >
      {children}
    </dialog>
  );
}
