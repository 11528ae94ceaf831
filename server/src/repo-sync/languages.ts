/** How a language writes comments and strings: enough to find comments and never look inside a string. */
export interface Syntax {
  line: string[];
  block: [open: string, close: string][];
  /** String delimiters; a backslash escapes inside them. Triple quotes are listed before single ones. */
  strings: string[];
  /** Strings that may span lines (template literals, triple quotes); other strings end at the line's end. */
  multiline?: string[];
}

const cLike: Syntax = { line: ["//"], block: [["/*", "*/"]], strings: ['"', "'"] };
const js: Syntax = { line: ["//"], block: [["/*", "*/"]], strings: ['"', "'", "`"], multiline: ["`"] };
// Rust and Swift: ' is a lifetime or a character, and "…" strings are enough to keep TODOs inside them out.
const rust: Syntax = { line: ["//"], block: [["/*", "*/"]], strings: ['"'] };
const go: Syntax = { line: ["//"], block: [["/*", "*/"]], strings: ['"', "'", "`"], multiline: ["`"] };
const hash: Syntax = { line: ["#"], block: [], strings: ['"', "'"] };
const python: Syntax = { line: ["#"], block: [], strings: ['"""', "'''", '"', "'"], multiline: ['"""', "'''"] };
const ruby: Syntax = { line: ["#"], block: [["=begin", "=end"]], strings: ['"', "'"] };
const dashes: Syntax = { line: ["--"], block: [], strings: ["'", '"'] };
const sql: Syntax = { line: ["--"], block: [["/*", "*/"]], strings: ["'", '"'] };
const lua: Syntax = { line: ["--"], block: [["--[[", "]]"]], strings: ['"', "'"] };
const haskell: Syntax = { line: ["--"], block: [["{-", "-}"]], strings: ['"'] };
const markup: Syntax = { line: [], block: [["<!--", "-->"]], strings: [] };
const css: Syntax = { line: [], block: [["/*", "*/"]], strings: ['"', "'"] };
const scss: Syntax = { line: ["//"], block: [["/*", "*/"]], strings: ['"', "'"] };
const semicolon: Syntax = { line: [";"], block: [], strings: ['"'] };
const percent: Syntax = { line: ["%"], block: [], strings: [] };
const php: Syntax = { line: ["//", "#"], block: [["/*", "*/"]], strings: ['"', "'"] };
const vue: Syntax = {
  line: ["//"],
  block: [
    ["/*", "*/"],
    ["<!--", "-->"],
  ],
  strings: ['"', "'", "`"],
  multiline: ["`"],
};
const ocaml: Syntax = { line: [], block: [["(*", "*)"]], strings: ['"'] };
const erlang: Syntax = { line: ["%"], block: [], strings: ['"'] };
const batch: Syntax = { line: ["REM ", "rem ", "::"], block: [], strings: [] };
const vb: Syntax = { line: ["'"], block: [], strings: ['"'] };
const fortran: Syntax = { line: ["!"], block: [], strings: ['"', "'"] };
const twig: Syntax = {
  line: [],
  block: [
    ["{#", "#}"],
    ["<!--", "-->"],
  ],
  strings: [],
};
const handlebars: Syntax = {
  line: [],
  block: [
    ["{{!--", "--}}"],
    ["{{!", "}}"],
    ["<!--", "-->"],
  ],
  strings: [],
};

const byExtension: Record<string, Syntax> = {
  ts: js,
  tsx: js,
  mts: js,
  cts: js,
  js: js,
  jsx: js,
  mjs: js,
  cjs: js,
  c: cLike,
  h: cLike,
  cc: cLike,
  cpp: cLike,
  cxx: cLike,
  hpp: cLike,
  hh: cLike,
  m: cLike,
  mm: cLike,
  java: cLike,
  kt: cLike,
  kts: cLike,
  scala: cLike,
  groovy: cLike,
  gradle: cLike,
  cs: cLike,
  fs: { ...cLike, block: [["(*", "*)"]] },
  dart: cLike,
  proto: cLike,
  sol: cLike,
  zig: rust,
  v: cLike,
  d: cLike,
  hx: cLike,
  go: go,
  rs: rust,
  swift: rust,
  jsonc: cLike,
  json5: cLike,
  py: python,
  pyi: python,
  pyx: python,
  rb: ruby,
  rake: ruby,
  gemspec: ruby,
  sh: hash,
  bash: hash,
  zsh: hash,
  fish: hash,
  ps1: { line: ["#"], block: [["<#", "#>"]], strings: ['"', "'"] },
  pl: hash,
  pm: hash,
  r: hash,
  R: hash,
  jl: hash,
  cr: hash,
  ex: hash,
  exs: hash,
  nim: hash,
  coffee: hash,
  yml: hash,
  yaml: hash,
  toml: hash,
  conf: hash,
  cfg: hash,
  ini: { line: [";", "#"], block: [], strings: [] },
  tf: { line: ["#", "//"], block: [["/*", "*/"]], strings: ['"'] },
  hcl: { line: ["#", "//"], block: [["/*", "*/"]], strings: ['"'] },
  cmake: hash,
  nix: { line: ["#"], block: [["/*", "*/"]], strings: ['"'] },
  graphql: hash,
  gql: hash,
  prisma: { line: ["//"], block: [], strings: ['"'] },
  sql: sql,
  lua: lua,
  hs: haskell,
  elm: haskell,
  purs: haskell,
  ada: dashes,
  adb: dashes,
  vhd: dashes,
  vhdl: dashes,
  html: markup,
  htm: markup,
  xml: markup,
  svg: markup,
  md: markup,
  markdown: markup,
  xhtml: markup,
  vue: vue,
  svelte: vue,
  css: css,
  scss: scss,
  sass: scss,
  less: scss,
  styl: scss,
  php: php,
  twig: twig,
  hbs: handlebars,
  handlebars: handlebars,
  mustache: handlebars,
  clj: semicolon,
  cljs: semicolon,
  cljc: semicolon,
  edn: semicolon,
  lisp: semicolon,
  el: semicolon,
  scm: semicolon,
  rkt: semicolon,
  asm: semicolon,
  s: { line: [";", "#"], block: [], strings: ['"'] },
  tex: percent,
  sty: percent,
  cls: percent,
  erl: erlang,
  hrl: erlang,
  mat: percent,
  ml: ocaml,
  mli: ocaml,
  bat: batch,
  cmd: batch,
  vb: vb,
  vbs: vb,
  bas: vb,
  f90: fortran,
  f95: fortran,
  f03: fortran,
};

const byFileName: Record<string, Syntax> = {
  Dockerfile: hash,
  Makefile: hash,
  makefile: hash,
  GNUmakefile: hash,
  Rakefile: ruby,
  Gemfile: ruby,
  Podfile: ruby,
  Vagrantfile: ruby,
  Jenkinsfile: cLike,
  ".gitignore": hash,
  ".dockerignore": hash,
  ".editorconfig": hash,
  ".env.example": hash,
  "CMakeLists.txt": hash,
  Procfile: hash,
  BUILD: python,
  WORKSPACE: python,
};

/** The comment syntax for a path, or null when the file's language is unknown (it is skipped as unsupported). */
export function syntaxFor(filePath: string): Syntax | null {
  const name = filePath.slice(filePath.lastIndexOf("/") + 1);
  if (byFileName[name]) return byFileName[name];
  if (name.startsWith("Dockerfile.")) return hash;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return null;
  return byExtension[name.slice(dot + 1)] ?? byExtension[name.slice(dot + 1).toLowerCase()] ?? null;
}
