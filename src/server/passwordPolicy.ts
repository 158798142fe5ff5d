/**
 * Officer password rules (ASVS 2.1): at least 12 characters, at most 200, not on the list of common passwords
 * shipped in commonPasswords.txt (a curated list of common and locally popular passwords of 12+ characters; no
 * well-kept list package is installed), and not the user name.
 */
import { readFileSync } from 'node:fs';
import { HttpError } from './apiError';

/** Minimum officer password length. */
export const MIN_PASSWORD_LENGTH = 12;

const cache: { list?: Set<string> } = {};

function commonPasswords(): Set<string> {
  cache.list ??= new Set(
    readFileSync(new URL('./commonPasswords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return cache.list;
}

/** Why a password is refused (an error code), or null when it is acceptable. */
export function passwordProblem(password: string, username: string): 'password_too_short' | 'password_common' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  const lower = password.toLowerCase();
  const containsName = username.length >= 4 && lower.includes(username.toLowerCase());
  if (commonPasswords().has(lower) || containsName || new Set(lower).size < 4) return 'password_common';
  return null;
}

/** Throws 400 naming `field` when the password breaks the rules. */
export function checkPassword(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new HttpError(400, problem, field);
}
