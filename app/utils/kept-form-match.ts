// Which form on a page a kept form (app/services/kept-forms.server.ts) came from: the one whose
// hidden fields (intent, record ids) all carry the kept values. Pure, so the browser code stays thin.
import { CSRF_FIELD } from "./form-token";

export type KeptField = [name: string, value: string];

/** What the page's form holds that identifies it. */
export type FormShape = {
  /** Hidden inputs, name and value. */
  hidden: KeptField[];
  /** Values of submit buttons named "intent". */
  intentButtons: string[];
  /** Names of every field in the form. */
  names: string[];
};

/** Hidden fields that change between loads of the same form and so do not identify it. */
const VOLATILE = new Set([CSRF_FIELD, "version"]);

/** Fields that say which form it was, not what was typed: the form token, intent, version and record ids. */
export const isFormBookkeeping = (name: string) => VOLATILE.has(name) || name === "intent" || /Id$/.test(name);

/** The index of the form the kept fields came from, or -1. */
export function matchKeptForm(forms: FormShape[], kept: KeptField[]): number {
  const keptValues = (name: string) => kept.filter(([n]) => n === name).map(([, v]) => v);
  const keptIntent = keptValues("intent")[0];
  const typedNames = new Set(kept.map(([name]) => name).filter((name) => !VOLATILE.has(name) && name !== "intent"));
  let best = -1;
  let bestScore = -1;
  forms.forEach((form, index) => {
    const identifying = form.hidden.filter(([name]) => !VOLATILE.has(name));
    if (!identifying.every(([name, value]) => keptValues(name).includes(value))) return;
    const hiddenIntent = identifying.some(([name]) => name === "intent");
    if (keptIntent !== undefined && !hiddenIntent && !form.intentButtons.includes(keptIntent)) return;
    const hiddenNames = new Set(form.hidden.map(([name]) => name));
    if (![...typedNames].some((name) => !hiddenNames.has(name) && form.names.includes(name))) return;
    if (identifying.length > bestScore) {
      best = index;
      bestScore = identifying.length;
    }
  });
  return best;
}
