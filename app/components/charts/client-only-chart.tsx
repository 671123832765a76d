import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Draws a chart in the browser only: its size comes from the browser's layout, which the server
 * cannot know. Until then it shows `fallback` (the server's drawing of the same chart, or nothing;
 * the numbers are in the page's text or a linked table), and prints it. Children get the box's width
 * in pixels.
 */
export function ClientOnlyChart({
  label,
  height,
  children,
  fallback = null,
}: {
  label: string;
  height: number;
  children: (width: number) => ReactNode;
  fallback?: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} role="img" aria-label={label} className="chart" style={{ minHeight: fallback ? undefined : height }}>
      {width ? (
        <>
          <div className="no-print">{children(width)}</div>
          {fallback ? <div className="print-only">{fallback}</div> : null}
        </>
      ) : (
        fallback
      )}
    </div>
  );
}
