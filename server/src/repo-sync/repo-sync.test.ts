import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type KnownTask, occurrencesOf, planSync } from "./identity.js";
import { syntaxFor } from "./languages.js";
import { parseTodos } from "./parse-todos.js";
import { parseGitHubRepository } from "./providers/github.js";
import { validBranchName } from "./providers/types.js";
import { skipBeforeReading } from "./scan-rules.js";
import { tokenBox } from "./token-crypto.js";

const todos = (path: string, text: string) =>
  parseTodos(text, syntaxFor(path)!).map(({ tag, line, title, reference, description }) => ({ tag, line, title, reference, description }));

describe("TODO parsing", () => {
  it("reads tags in each language's comments and never inside strings", () => {
    expect(
      todos(
        "a.ts",
        'const s = "// TODO: no";\nconst t = `\n// TODO: no\n`;\n// TODO(ann): Yes\n// more words\n\nlet x = 1; // FIXME: trailing',
      ),
    ).toEqual([
      { tag: "TODO", line: 5, title: "Yes", reference: "ann", description: "more words" },
      { tag: "FIXME", line: 8, title: "trailing", reference: null, description: "" },
    ]);
    expect(todos("a.py", 'x = "# TODO: no"\n"""\nTODO: docstring, no\n"""\n# HACK: yes')).toEqual([
      { tag: "HACK", line: 5, title: "yes", reference: null, description: "" },
    ]);
    expect(todos("a.rs", "fn f<'a>(s: &'a str) {} // TODO: lifetimes are not strings")).toHaveLength(1);
    expect(todos("a.go", "s := `\n// TODO: raw string, no\n`\n/* FIXME: block */")).toEqual([
      { tag: "FIXME", line: 4, title: "block", reference: null, description: "" },
    ]);
    expect(todos("a.sql", "SELECT '-- TODO: no';\n-- TODO: index this")).toHaveLength(1);
    expect(todos("index.html", "<p>TODO: text, no</p>\n<!-- TODO: markup comment -->")).toEqual([
      { tag: "TODO", line: 2, title: "markup comment", reference: null, description: "" },
    ]);
    expect(todos("a.css", "/*\n * TODO: first\n * detail\n *\n * FIXME: second\n */")).toEqual([
      { tag: "TODO", line: 2, title: "first", reference: null, description: "detail" },
      { tag: "FIXME", line: 5, title: "second", reference: null, description: "" },
    ]);
    expect(todos("Dockerfile", "# TODO: pin the base image\nFROM node:20")).toHaveLength(1);
    // Prose mentioning a todo is not a tag; "todo:" is.
    expect(todos("a.ts", "// we have a todo list here\n// todo: lower case tag")).toEqual([
      { tag: "TODO", line: 2, title: "lower case tag", reference: null, description: "" },
    ]);
  });

  it("skips what is not worth reading before reading it", () => {
    const entry = (path: string, size = 10, mode = "100644") => skipBeforeReading({ path, size, mode, sha: "0".repeat(40) });
    expect(entry("node_modules/x/index.js")).toBe("vendored");
    expect(entry("a/vendor/b.go")).toBe("vendored");
    expect(entry("third_party/lib.c")).toBe("vendored");
    expect(entry("pnpm-lock.yaml")).toBe("generated");
    expect(entry("public/app.min.js")).toBe("generated");
    expect(entry("link", 10, "120000")).toBe("symlink");
    expect(entry("big.ts", 2_000_000)).toBe("too large");
    expect(entry("notes.txt")).toBe("unsupported");
    expect(entry("src/app.ts")).toBeNull();
  });
});

describe("identity across edits", () => {
  const repo = "local:/r";
  const known = (id: string, path: string, title: string, ordinal = 0, present = true, line = 1): KnownTask => ({
    id,
    status: present ? "TODO" : "DONE",
    deleted: false,
    codeRef: {
      repo,
      path,
      line,
      tag: "TODO",
      reference: null,
      titleKey: title.toLowerCase(),
      ordinal,
      commitSha: "c1",
      bodyHash: "47DEQpj8HBSa-_TI",
      present,
    },
  });
  const found = (path: string, text: string) => occurrencesOf(path, parseTodos(text, syntaxFor(path)!));

  it("pairs identical TODOs by ordinal, moves across files by title, closes and creates the rest", () => {
    const plan = planSync(
      [
        known("a", "x.ts", "dup", 0, true, 1),
        known("b", "x.ts", "dup", 1, true, 2),
        known("c", "old.ts", "moved"),
        known("d", "x.ts", "gone"),
        known("e", "y.ts", "back", 0, false),
      ],
      [
        ...found("x.ts", "// TODO: dup\n// TODO: dup"),
        ...found("new.ts", "// TODO: moved\n// TODO: fresh"),
        ...found("y.ts", "// TODO: back"),
      ],
      repo,
      "c2",
    );
    expect(plan.create.map((o) => o.title)).toEqual(["fresh"]);
    expect(plan.close.map((t) => t.id)).toEqual(["d"]);
    expect(plan.update.map((u) => [u.task.id, u.codeRef.path, u.reopen]).sort()).toEqual([
      ["c", "new.ts", false],
      ["e", "y.ts", true],
    ]);
  });
});

describe("inputs and secrets", () => {
  it("reads GitHub repositories only on the configured host (no SSRF through linkRepository)", () => {
    const api = "https://api.github.com";
    for (const url of [
      "acme/widgets",
      "https://github.com/acme/widgets",
      "https://github.com/acme/widgets.git",
      "git@github.com:acme/widgets.git",
      "ssh://git@github.com/acme/widgets.git",
    ]) {
      expect(parseGitHubRepository(url, api), url).toEqual({ owner: "acme", repo: "widgets" });
    }
    expect(parseGitHubRepository("https://ghe.corp.example/acme/widgets", "https://ghe.corp.example/api/v3")).toEqual({
      owner: "acme",
      repo: "widgets",
    });
    for (const url of [
      "https://evil.example/acme/widgets",
      "http://169.254.169.254/latest/meta-data",
      "https://github.com.evil.example/a/b",
      "file:///etc/passwd",
      "acme",
      "../x/y",
      "a/b/c",
    ]) {
      expect(parseGitHubRepository(url, api), url).toHaveProperty("problem");
    }
  });

  it("accepts branch names as git does and nothing that could be an option or a path trick", () => {
    for (const name of ["main", "release/1.2", "feature/x-y_z"]) expect(validBranchName(name), name).toBe(true);
    for (const name of ["-x", "--upload-pack=evil", "a..b", "a b", "a:b", "a~1", "x.lock", "/a", "a/", "a@{1}", ""])
      expect(validBranchName(name), name).toBe(false);
  });

  it("seals tokens with AES-256-GCM: random IV, key id, tamper-evident", () => {
    const box = tokenBox(randomBytes(32));
    const sealed = box.seal("ghp_secret");
    expect(sealed).not.toContain("ghp_secret");
    expect(box.seal("ghp_secret")).not.toBe(sealed);
    expect(box.open(sealed)).toBe("ghp_secret");
    const parts = sealed.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => box.open(parts.join("."))).toThrow();
    expect(() => tokenBox(randomBytes(32)).open(sealed)).toThrow(/another TOKEN_ENCRYPTION_KEY/);
  });
});
