// For tests: every <text> of an SVG with its extent, estimated generously from its anchor, font size,
// length and rotation (textWidth is the same estimate the layout uses).
import { textWidth } from "./chart-layout";

export type Box = { text: string; left: number; right: number; top: number; bottom: number };

export function textBoxes(svg: string): { w: number; h: number; boxes: Box[] } {
  const [, , , w, h] = /viewBox="(\S+) (\S+) (\S+) (\S+)"/.exec(svg)!.map(Number);
  const boxes = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, escaped]) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    const text = escaped.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    const size = Number(attribute("font-size"));
    const width = textWidth(text, size);
    const x = Number(attribute("x"));
    const y = Number(attribute("y"));
    const anchor = attribute("text-anchor") ?? "start";
    const start = anchor === "end" ? -width : anchor === "middle" ? -width / 2 : 0;
    if (/rotate\(-90/.test(attribute("transform") ?? "")) {
      // Turned a quarter anticlockwise about (x, y): the text runs upwards.
      return { text, left: x - size, right: x + size * 0.3, top: y - start - width, bottom: y - start };
    }
    return { text, left: x + start, right: x + start + width, top: y - size, bottom: y + size * 0.3 };
  });
  return { w, h, boxes };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
