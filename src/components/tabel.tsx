"use client";

import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from "react";

/**
 * A data table in its own box that scrolls sideways when the screen is narrower than the table,
 * so the page itself never does (WCAG 1.4.10 exempts data tables, not the page around them).
 *
 * While the table is wider than its box, the box is a region named by the caption and in the tab
 * order, so a keyboard user can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable), and
 * the caption stays in view at the box's left edge, as wide as the box. Without JavaScript the box
 * is always a region in the tab order, and the caption is at most as wide as the screen. With
 * JavaScript a table that fits is not an extra tab stop or landmark (docs/decisions/0027).
 */
export function Tabel({
  caption,
  captionClassName,
  id,
  className,
  children,
}: {
  caption: ReactNode;
  /** e.g. "sr-only" where a heading above the table already says what it is */
  captionClassName?: string;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  const vak = useRef<HTMLDivElement>(null);
  // The server renders the box as scrollable: that is the safe state without JavaScript.
  const [maat, setMaat] = useState<{ schuift: boolean; breedte?: number }>({ schuift: true });

  useEffect(() => {
    const el = vak.current;
    const tabel = el?.firstElementChild;
    if (!el || !tabel) return;
    const meet = () => {
      const schuift = el.scrollWidth > el.clientWidth + 1;
      const breedte = el.clientWidth;
      setMaat((m) => (m.schuift === schuift && m.breedte === breedte ? m : { schuift, breedte }));
    };
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    waarnemer.observe(tabel);
    return () => waarnemer.disconnect();
  }, []);

  const stijl = maat.breedte ? ({ "--tabelvak-breedte": `${maat.breedte}px` } as CSSProperties) : undefined;
  return (
    <div
      ref={vak}
      className="tabelvak"
      style={stijl}
      {...(maat.schuift ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 } : {})}
    >
      <table id={id} className={className}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
