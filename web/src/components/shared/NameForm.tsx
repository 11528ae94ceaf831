import type { FormEvent, InputHTMLAttributes, ReactNode } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "onSubmit"> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (e: FormEvent) => void;
  /** Escape calls it, when given. */
  onCancel?: () => void;
  children?: ReactNode;
};

/** A one-line form that names something (a board, a checkpoint): one input of at most 100 characters, then any buttons. */
export function NameForm({ label, value, onChange, onSubmit, onCancel, children, ...input }: Props) {
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <input
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={100}
        onKeyDown={onCancel && ((e) => e.key === "Escape" && onCancel())}
        {...input}
      />
      {children}
    </form>
  );
}
