import * as Dialog from "@radix-ui/react-dialog";
import type { FormEvent, ReactNode } from "react";

type Props = {
  /** The dialog's accessible name (screen readers announce it; tests find the dialog by it). */
  label: string;
  onClose: () => void;
  /** Where focus goes when the dialog closes: the element that opened it, found again in case it re-rendered. */
  returnFocusTo?: () => HTMLElement | null;
  className?: string;
  /** The dialog is a form: Enter in a field submits it. */
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  /** "alertdialog" for a dialog that asks for a decision before anything else. */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
};

/**
 * A modal dialog built on Radix: focus moves in and stays in (Tab cycles inside), Escape and a click beside it
 * close it, the page behind is hidden from screen readers, and focus returns to the opener on close.
 */
export function Modal({ label, onClose, returnFocusTo, className = "", onSubmit, role = "dialog", children }: Props) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-backdrop">
          <Dialog.Content
            asChild
            aria-describedby={undefined}
            onCloseAutoFocus={(e) => {
              const target = returnFocusTo?.();
              if (!target) return;
              e.preventDefault();
              target.focus();
            }}
          >
            {onSubmit ? (
              <form className={`modal ${className}`} onSubmit={onSubmit}>
                <Dialog.Title className="visually-hidden">{label}</Dialog.Title>
                {children}
              </form>
            ) : (
              <div className={`modal ${className}`} role={role}>
                <Dialog.Title className="visually-hidden">{label}</Dialog.Title>
                {children}
              </div>
            )}
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The card a dialog was opened from, to give focus back to. */
export const cardElement = (taskId: string) => document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(taskId)}"]`);
