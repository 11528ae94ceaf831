import { type KeyboardEvent, type TextareaHTMLAttributes, useId, useLayoutEffect, useRef, useState } from "react";

export type Mentionable = { id: string; name: string };

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
  members: Mentionable[];
  /** Enter with Ctrl or ⌘. */
  onSubmit?: () => void;
};

/** The "@query" being typed just before the caret, if any. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  return m ? { start: caret - m[2]!.length - 1, query: m[2]!.toLowerCase() } : null;
}

/**
 * A textarea that offers the workspace's members when you type "@": arrows choose, Enter or Tab inserts
 * "@Full Name ", Escape closes. The server matches mentions by name, so what is inserted is what notifies.
 */
export function MentionTextarea({ value, onChange, members, onSubmit, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const mention = mentionAt(value, caret);
  // A member matches when their name, or a word of it, starts with what follows the "@".
  const options = mention
    ? members
        .filter(
          (m) =>
            m.name
              .toLowerCase()
              .split(/\s+/)
              .some((part) => part.startsWith(mention.query)) || m.name.toLowerCase().startsWith(mention.query),
        )
        .slice(0, 6)
    : [];
  const open = !!mention && options.length > 0 && dismissed !== mention.start;

  function pick(member: Mentionable) {
    if (!mention) return;
    const before = value.slice(0, mention.start);
    const after = value.slice(caret);
    const inserted = `@${member.name} `;
    onChange(before + inserted + after);
    const at = before.length + inserted.length;
    pendingCaret.current = at;
    setCaret(at);
  }

  // The caret goes after the inserted name as the new text is committed, before the next key is handled: a
  // frame later (requestAnimationFrame) a fast typist's next characters landed before it and were reordered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the committed new value is the moment to place the caret
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.setSelectionRange(at, at);
    ref.current.focus();
  }, [value]);

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActive((i) => (i + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        pick(options[Math.min(active, options.length - 1)]!);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        setDismissed(mention!.start);
        return;
      }
    }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && onSubmit) {
      e.preventDefault();
      onSubmit();
    }
  }

  return (
    <div className="mention-field">
      <textarea
        {...rest}
        ref={ref}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="mention-list" role="listbox" id={listId} aria-label="Mention a member">
          {options.map((m, i) => (
            <div
              key={m.id}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              // Before the textarea loses focus.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
            >
              @{m.name}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
