import "./repository.css";

/** Where a card's TODO lives: file:line, linked to the commit on GitHub when the repository is there. */
export function CodeRefBadge({ codeRef }: { codeRef: { path: string; line: number; url?: string | null; present: boolean } }) {
  const file = codeRef.path.slice(codeRef.path.lastIndexOf("/") + 1);
  const text = `${file}:${codeRef.line}`;
  const title = `${codeRef.path}:${codeRef.line}${codeRef.present ? "" : " (removed from the code)"}`;
  const className = `code-ref${codeRef.present ? "" : " gone"}`;
  return codeRef.url ? (
    <a
      className={className}
      href={codeRef.url}
      target="_blank"
      rel="noreferrer"
      title={title}
      onClick={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
    >
      {text}
    </a>
  ) : (
    <span className={className} title={title}>
      {text}
    </span>
  );
}
