// The Inter font is served from the app itself (no CDN): the woff2 files are bundled as assets.
import inter400 from "@fontsource/inter/files/inter-latin-400-normal.woff2";
import inter500 from "@fontsource/inter/files/inter-latin-500-normal.woff2";
import inter600 from "@fontsource/inter/files/inter-latin-600-normal.woff2";
import inter700 from "@fontsource/inter/files/inter-latin-700-normal.woff2";

const faces: [number, string][] = [
  [400, inter400],
  [500, inter500],
  [600, inter600],
  [700, inter700],
];

export const fontFaceCss = faces
  .map(
    ([weight, url]) =>
      `@font-face{font-family:Inter;font-style:normal;font-display:swap;font-weight:${weight};src:url(${url}) format("woff2")}`,
  )
  .join("\n");

export const fontPreloadUrl = inter400;
