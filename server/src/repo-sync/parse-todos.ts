import type { Syntax } from "./languages.js";

export type CodeTag = "TODO" | "FIXME" | "HACK";

/** One TODO / FIXME / HACK comment as found in a file. */
export interface FoundTodo {
  tag: CodeTag;
  /** 1-based line of the tag. */
  line: number;
  title: string;
  /** The text in TODO(…), e.g. an owner. */
  reference: string | null;
  /** The comment lines that follow the tag's line, up to a blank line or the next tag. */
  description: string;
}

interface Comment {
  /** Each line of the comment's text (markers stripped) with its 1-based line number. */
  lines: { line: number; text: string }[];
}

const TITLE_MAX = 500;
const DESCRIPTION_MAX = 10_000;
const anyTag = /TODO|FIXME|HACK/i;
const tagLine = /^@?(TODO|FIXME|HACK)\b(?:\(([^)\n]*)\))?\s*[:\-–]?\s*(.*)$/i;

/** The TODOs in a file's text, in line order. Only comments are read: a TODO inside a string is not one. */
export function parseTodos(text: string, syntax: Syntax): FoundTodo[] {
  // Most files have none: skip the character walk for them.
  if (!anyTag.test(text)) return [];
  const found: FoundTodo[] = [];
  for (const comment of findComments(text, syntax)) found.push(...todosIn(comment));
  return found;
}

function todosIn(comment: Comment): FoundTodo[] {
  const todos: FoundTodo[] = [];
  const lines = comment.lines;
  for (const [i, { line, text: lineText }] of lines.entries()) {
    const match = tagLine.exec(lineText);
    if (!match) continue;
    const [, rawTag = "", reference, rest = ""] = match;
    // Lower-case "todo" counts only when it is written like a tag ("todo:", "todo(…)"), not as a word in prose.
    const next = lineText.charAt(lineText.indexOf(rawTag) + rawTag.length);
    if (rawTag !== rawTag.toUpperCase() && next !== ":" && next !== "(") continue;
    const body: string[] = [];
    for (const { text } of lines.slice(i + 1)) {
      if (!text.trim() || tagLine.exec(text)) break;
      body.push(clean(text).trim());
    }
    let title = clean(rest).trim();
    if (!title && body.length) title = body.shift() ?? "";
    todos.push({
      tag: rawTag.toUpperCase() as CodeTag,
      line,
      title: (title || rawTag.toUpperCase()).slice(0, TITLE_MAX),
      reference: reference?.trim() || null,
      description: body.join("\n").slice(0, DESCRIPTION_MAX),
    });
  }
  return todos;
}

// NUL and other control characters (past git's 8,000-byte binary check) cannot be stored in text columns.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** Lower case, single spaces, no trailing punctuation: an edit of spacing or a final period keeps the identity. */
export const normalizeTitle = (title: string) =>
  title
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,!]+$/, "")
    .trim();

const stripDecoration = (text: string) => text.replace(/^\s*(?:\*+(?!\/)|#+|\/\/+|--+|;+|%+|!+)?\s?/, "").replace(/\s+$/, "");

/** Walks the text once: comments are collected, strings are stepped over. Adjacent whole-line comments join. */
function findComments(text: string, syntax: Syntax): Comment[] {
  const comments: Comment[] = [];
  const blocks = [...syntax.block].sort((a, b) => b[0].length - a[0].length);
  const lineOpeners = [...syntax.line].sort((a, b) => b.length - a.length);
  const strings = [...syntax.strings].sort((a, b) => b.length - a.length);
  const multiline = new Set(syntax.multiline ?? []);
  let line = 1;
  let lineStart = 0;
  // The comment that a following whole-line comment on the next line continues.
  let open: { comment: Comment; line: number; opener: string } | null = null;
  const n = text.length;
  let i = 0;
  outer: while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13) {
      i++;
      continue;
    }
    for (const [opener, closer] of blocks) {
      if (!text.startsWith(opener, i)) continue;
      const end = text.indexOf(closer, i + opener.length);
      const body = text.slice(i + opener.length, end === -1 ? n : end);
      const parts = body.split("\n");
      comments.push({ lines: parts.map((part, k) => ({ line: line + k, text: stripDecoration(part) })) });
      open = null;
      line += parts.length - 1;
      i = end === -1 ? n : end + closer.length;
      if (parts.length > 1) lineStart = text.lastIndexOf("\n", i - 1) + 1;
      continue outer;
    }
    for (const opener of lineOpeners) {
      if (!text.startsWith(opener, i)) continue;
      let end = text.indexOf("\n", i);
      if (end === -1) end = n;
      const entry = { line, text: stripDecoration(text.slice(i + opener.length, end)) };
      const wholeLine = text.slice(lineStart, i).trim() === "";
      if (wholeLine && open && open.line === line - 1 && open.opener === opener) {
        open.comment.lines.push(entry);
        open.line = line;
      } else {
        const comment = { lines: [entry] };
        comments.push(comment);
        open = wholeLine ? { comment, line, opener } : null;
      }
      i = end;
      continue outer;
    }
    for (const quote of strings) {
      if (!text.startsWith(quote, i)) continue;
      const spansLines = multiline.has(quote);
      let j = i + quote.length;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 92) {
          if (text.charCodeAt(j + 1) === 10) {
            line++;
            lineStart = j + 2;
          }
          j += 2;
          continue;
        }
        if (c === 10) {
          if (!spansLines) break;
          line++;
          lineStart = j + 1;
        }
        if (text.startsWith(quote, j)) {
          j += quote.length;
          break;
        }
        j++;
      }
      i = j;
      continue outer;
    }
    // Code on this line ends any run of whole-line comments.
    if (open && open.line === line) open = null;
    i++;
  }
  return comments;
}
