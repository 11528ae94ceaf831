import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

/** A button in the toast that acts on what the toast reports (Undo a delete, Redo an undo). */
export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  text: string;
  tone: "error" | "info";
  action?: ToastAction;
  /** A toast pushed with the key of one still showing takes its place (a run of undos keeps one toast, not ten). */
  key?: string;
}

type Push = (text: string, tone?: Toast["tone"], action?: ToastAction, key?: string) => void;

const ToastContext = createContext<Push>(() => {});

export const useToast = () => useContext(ToastContext);

let ids = 0;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback<Push>((text, tone = "error", action, key) => {
    const id = ++ids;
    setToasts((t) => [...t.filter((x) => !key || x.key !== key).slice(-3), { id, text, tone, action, key }]);
    // A toast with a button stays longer: there has to be time to reach it.
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), action ? 10_000 : 6000);
  }, []);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`}>
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                className="btn btn-ghost btn-sm toast-action"
                onClick={() => {
                  setToasts((all) => all.filter((x) => x.id !== t.id));
                  t.action?.run();
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-btn"
              aria-label="Dismiss"
              onClick={() => setToasts((all) => all.filter((x) => x.id !== t.id))}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
