// English words that must never reach a user: the app speaks bokmål. Whole words, any case. Words that
// are also bokmål (data, status, total, import, trend, signal, median, rapport…) are left out on purpose,
// and names of products and formats are allowed where they appear.

export const ENGLISH_WORDS = [
  "above", "below", "illustrative", "point", "points", "measure", "measures", "measurement", "activity", "activities",
  "report", "reports", "error", "errors", "loading", "submit", "save", "saved", "cancel", "delete", "deleted", "edit",
  "search", "page", "next", "previous", "back", "of", "the", "and", "with", "without", "from", "your", "you", "please",
  "click", "here", "not found", "found", "forbidden", "unauthorized", "unauthorised", "invalid", "required", "unknown",
  "true", "false", "null", "undefined", "NaN", "Invalid Date", "object Object", "UCL", "LCL", "CL", "upper", "lower",
  "limit", "limits", "centre", "line", "mean", "average", "baseline", "run chart", "control chart", "chart",
  "goal", "goals", "target", "step", "steps", "phase", "project", "projects", "user", "users", "password", "email",
  "login", "logout", "sign in", "sign out", "settings", "download", "upload", "file", "show", "hide", "more", "less",
  "date", "value", "values", "name", "title", "description", "comment", "none", "yes", "is", "was", "this", "that",
  "should", "must", "will", "has", "have", "been", "created", "updated", "removed", "added", "pending", "failed",
  "success", "warning", "internal", "server", "request", "response", "meeting", "decision", "conference", "evaluation",
  "owner", "member", "members", "role", "admin dashboard", "dashboard", "overview", "home", "close", "open", "select",
  "choose", "optional", "help", "content", "main", "menu", "navigation", "breadcrumb", "table", "summary",
] as const;

/** Names of products, formats and the method that are the same in bokmål. Matched before the word list. */
export const ALLOWED_PHRASES = ["Trinnvis", "Making Data Count", "Excel", "Word", "CSV", "XLSX", "PDF", "e-post", "Designsystemet"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Letters of bokmål count as word characters, so «lineær» is not «line».
const WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}_-])";
const WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}_-])";
const englishPattern = new RegExp(`${WORD_EDGE_BEFORE}(${[...ENGLISH_WORDS].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+")).join("|")})${WORD_EDGE_AFTER}`, "giu");
const allowedPattern = new RegExp(ALLOWED_PHRASES.map(escape).join("|"), "gi");

/** The English words in a text, each with a little of the text around it. */
export function englishWordsIn(text: string): string[] {
  const cleaned = text.replace(allowedPattern, " ");
  return [...cleaned.matchAll(englishPattern)].map((m) => `«${m[0]}» i «${cleaned.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30).replace(/\s+/g, " ").trim()}»`);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", shy: "" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) =>
    code[0] === "#" ? String.fromCodePoint(code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1))) : (ENTITIES[code.toLowerCase()] ?? all),
  );

const SHOWN_ATTRIBUTES = ["title", "aria-label", "placeholder", "alt", "aria-description", "aria-roledescription"];

/** What a user sees or hears of a page: its text and the attributes read out, without scripts, styles and data. */
export function visibleTextOf(html: string): string[] {
  const withoutCode = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    // Parts marked as English (a source's title, WCAG 3.1.2) are quotations.
    .replace(/<([a-z]+)\b[^>]*\slang="en(?:-[A-Za-z]+)?"[^>]*>[\s\S]*?<\/\1\s*>/gi, " ");
  const texts: string[] = [];
  for (const tag of withoutCode.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\s([a-z-]+)="([^"]*)"/gi)) {
      if (SHOWN_ATTRIBUTES.includes(attribute[1].toLowerCase()) && attribute[2].trim()) texts.push(decode(attribute[2]));
    }
    // A submit button's value is its label.
    if (/^<input\b/i.test(tag[0]) && /\stype="(submit|button)"/i.test(tag[0])) {
      const value = /\svalue="([^"]*)"/i.exec(tag[0]);
      if (value) texts.push(decode(value[1]));
    }
  }
  for (const text of withoutCode.replace(/<[^>]*>/g, "\n").split("\n")) if (text.trim()) texts.push(decode(text.trim()));
  return texts;
}

/** The English words a page shows, one line per find. */
export function englishOnPage(html: string): string[] {
  return visibleTextOf(html).flatMap(englishWordsIn);
}
