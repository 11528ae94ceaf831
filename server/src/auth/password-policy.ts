import { type Match, ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * NIST SP 800-63B §5.1.1.2: at least 8 characters, a generous maximum, no composition rules, and a check
 * against common, breached and context-specific passwords. zxcvbn's common dictionary (passwords seen in
 * breaches, keyboard walks, repeats, sequences, dates) does the blocklist; the account's own email and name
 * are added as user inputs, so "jane.doe2024" for jane.doe@… is refused too.
 */
export const passwordLength = { min: 8, max: 256 } as const;

// Below 10^6 guesses (score < 2) a password falls to an online attack against throttled sign-in within days.
const minimumScore = 2;
// Built once: loading the dictionaries takes tens of milliseconds.
let zxcvbn: ZxcvbnFactory | undefined;

export type PasswordProblem = { ok: true } | { ok: false; message: string };

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordProblem {
  // Length in characters (code points), as NIST counts it, not UTF-16 units.
  const length = [...password].length;
  if (length < passwordLength.min) return refuse(`Password must be at least ${passwordLength.min} characters.`);
  if (length > passwordLength.max) return refuse(`Password must be at most ${passwordLength.max} characters.`);
  if (!password.trim()) return refuse("Password must not be only spaces.");
  const words = contextWords(context);
  const result = estimator().check(password, words);
  // Built from your own email or name, a password is weak even when zxcvbn rates it fair: attackers try
  // those first. So what is left without them must pass on its own.
  const rest = withoutWords(password, words);
  const personal = result.sequence.some((m: Match) => m.pattern === "dictionary" && m.dictionaryName === "userInputs");
  if ((personal && result.score <= minimumScore) || (rest !== password && !strongAlone(rest))) {
    return refuse("Password is too easy to guess from your email or name: choose something unrelated to them.");
  }
  if (result.score < minimumScore) {
    return refuse("Password is too common or easy to guess: try a longer phrase of a few unrelated words.");
  }
  return { ok: true };
}

function estimator(): ZxcvbnFactory {
  // Capped, because sign-up is open to anyone and the check is synchronous: with the defaults (256 characters,
  // 100 l33t substitutions) a crafted 256-character password took 2.2 s of CPU; capped, under 40 ms. The first
  // 64 characters decide: anything longer that is still weak there (a repeat, a phrase from the list) is weak.
  zxcvbn ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 64, l33tMaxSubstitutions: 8 });
  return zxcvbn;
}

const strongAlone = (text: string) => [...text].length >= passwordLength.min && estimator().check(text).score >= minimumScore;

/** The service's name, the whole email, its local part, and each word of either and of the name. */
function contextWords({ email, name }: { email?: string; name?: string }): string[] {
  const words = ["taskgraph"];
  if (email) words.push(email, email.split("@")[0] ?? "", ...email.split(/[@.+_-]+/));
  if (name) words.push(name, ...name.split(/\s+/));
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 3))];
}

/** The password with every context word taken out (longest first), case-insensitively. */
function withoutWords(password: string, words: string[]): string {
  let rest = password;
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    for (let at = rest.toLowerCase().indexOf(word); at >= 0; at = rest.toLowerCase().indexOf(word)) {
      rest = rest.slice(0, at) + rest.slice(at + word.length);
    }
  }
  return rest;
}

const refuse = (message: string): PasswordProblem => ({ ok: false, message });
