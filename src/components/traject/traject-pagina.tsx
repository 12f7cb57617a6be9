import Link from "next/link";
import type { ReactNode } from "react";

/** Which portal a traject page is shown in; the same traject is reached under /aanbieder and /gemeente. */
export type Kant = "aanbieder" | "gemeente";

type Props = {
  kant: Kant;
  t: { id: string; nummer: string };
  /** The heading before the toewijzing's number ("Herindicatie" → "Herindicatie T-…"). */
  titel: string;
  /** What was just done, right under the heading (a Melding), if anything. */
  melding?: ReactNode;
  children: ReactNode;
};

/** The frame of a traject's sub-page on either side: the way back to the toewijzing, the heading, a notice. */
export function TrajectPagina({ kant, t, titel, melding, children }: Props) {
  return (
    <article className="inhoud">
      <p>
        <Link href={`/${kant}/toewijzingen/${t.id}`}>Terug naar toewijzing {t.nummer}</Link>
      </p>
      <h1>
        {titel} {t.nummer}
      </h1>
      {melding}
      {children}
    </article>
  );
}
