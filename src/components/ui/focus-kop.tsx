"use client";

import { useEffect, useRef } from "react";

/**
 * A page heading that takes the focus when the page opens after a form (a confirmation), so a
 * screen reader starts there instead of at the top of the page body. Without JavaScript the
 * browser starts at the top, as after any page load.
 */
export function FocusKop({ children, className }: { children: React.ReactNode; className?: string }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <h1 ref={kop} tabIndex={-1} className={`focus:outline-none ${className ?? ""}`}>
      {children}
    </h1>
  );
}
