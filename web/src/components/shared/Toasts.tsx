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
}

const ToastContext = createContext<(text: string, tone?: Toast["tone"], action?: ToastAction) => void>(() => {});

export const useToast = () => useContext(ToastContext);

let ids = 0;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((text: string, tone: Toast["tone"] = "error", action?: ToastAction) => {
    const id = ++ids;
    setToasts((t) => [...t.slice(-3), { id, text, tone, action }]);
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
