// The inwoner's place on the participatieladder (R-LAD-3).

/** The current trede: the latest ladder entry. */
export function huidigeTrede(ladder: { datum: Date; createdAt: Date; trede: number }[]): number | null {
  const laatste = [...ladder].sort((a, b) => b.datum.getTime() - a.datum.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
  return laatste?.trede ?? null;
}
