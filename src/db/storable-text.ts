// Text PostgreSQL can store and compare: no NUL character (the driver fails with "invalid message
// format") and well-formed UTF-16, since a lone surrogate is refused in jsonb (the audit log's
// changes) and silently replaced by U+FFFD in text. One rule for every way text comes in.
const LONE_SURROGATE = /\p{Cs}/u; // in `u` mode a paired surrogate is one code point and does not match

export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode text (it has a lone surrogate)';
  return null;
}
