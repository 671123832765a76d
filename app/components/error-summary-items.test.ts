import { describe, expect, it } from "vitest";
import { errorSummaryItems } from "./error-summary-items";

describe("errorSummaryItems", () => {
  it("puts form-level messages first, without a link", () => {
    const items = errorSummaryItems("f1", { title: ["Skriv en tittel"], "": ["Noen andre har endret dette"] });
    expect(items[0]).toEqual({ key: "skjema-0", message: "Noen andre har endret dette" });
    expect(items[1]).toEqual({ key: "title", name: "title", message: "Skriv en tittel", href: "#f1-title" });
  });

  it("links each field once, with its first message, and skips fields without messages", () => {
    const items = errorSummaryItems("f1", { "text.mal": ["For lang", "Ugyldig"], tom: [], borte: undefined });
    expect(items).toEqual([{ key: "text.mal", name: "text.mal", message: "For lang", href: "#f1-text.mal" }]);
  });

  it("is empty when there are no messages", () => {
    expect(errorSummaryItems("f1", {})).toEqual([]);
  });
});
