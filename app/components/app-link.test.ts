import { describe, expect, it } from "vitest";
import { isCurrentPath, isPlainClick } from "./app-link";

const click = { button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false, defaultPrevented: false };

describe("isPlainClick", () => {
  it("takes a plain left click", () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick(click, "_self")).toBe(true);
  });

  it("leaves new tabs, windows, downloads, other buttons and handled clicks to the browser", () => {
    for (const key of ["metaKey", "altKey", "ctrlKey", "shiftKey", "defaultPrevented"] as const) expect(isPlainClick({ ...click, [key]: true }), key).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
    expect(isPlainClick(click, "_blank")).toBe(false);
  });
});

describe("isCurrentPath", () => {
  it("marks the page itself and, unless end, the pages under it", () => {
    expect(isCurrentPath("/prosjekter/1/malinger", "/prosjekter/1/malinger")).toBe(true);
    expect(isCurrentPath("/prosjekter/1/malinger/5/data", "/prosjekter/1/malinger")).toBe(true);
    expect(isCurrentPath("/prosjekter/1/malinger/5", "/prosjekter/1", true)).toBe(false);
    expect(isCurrentPath("/prosjekter/1/", "/prosjekter/1", true)).toBe(true);
  });

  it("does not take a longer name for a page under it", () => {
    expect(isCurrentPath("/prosjekter/1/malinger-gamle", "/prosjekter/1/malinger")).toBe(false);
    expect(isCurrentPath("/prosjekter/12", "/prosjekter/1")).toBe(false);
  });
});

describe("AppLink", () => {
  it("looks like Designsystemet's link unless given a class of its own", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { AppLink } = await import("./app-link");
    expect(renderToStaticMarkup(createElement(AppLink, { to: "/prosjekter" }, "Prosjekter"))).toBe('<a class="ds-link" href="/prosjekter">Prosjekter</a>');
    expect(renderToStaticMarkup(createElement(AppLink, { to: "/", className: "brand" }, "Trinnvis"))).toBe('<a class="brand" href="/">Trinnvis</a>');
  });
});
