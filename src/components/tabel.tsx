import { useId, type ReactNode } from "react";

/**
 * A data table in its own box that scrolls sideways when the screen is narrower than the table,
 * so the page itself never does (WCAG 1.4.10 exempts data tables, not the page around them). The
 * box is a region named by the caption and in the tab order, so a keyboard user can scroll it
 * too (WCAG 2.1.1; axe's scrollable-region-focusable).
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
  return (
    <div className="tabelvak" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table id={id} className={className}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
