import Link from "next/link";

type Props = { pagina: number; aantalPaginas: number; href: (pagina: number) => string };

/** Previous/next plus nearby page numbers; the current page is marked for screen readers. */
export function Paginering({ pagina, aantalPaginas, href }: Props) {
  if (aantalPaginas <= 1) return null;
  const nummers = [...new Set([1, pagina - 1, pagina, pagina + 1, aantalPaginas])]
    .filter((n) => n >= 1 && n <= aantalPaginas)
    .sort((a, b) => a - b);
  const klasse = "inline-flex min-w-11 min-h-11 items-center justify-center rounded border-2 px-3";
  return (
    <nav aria-label="Paginering" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {pagina > 1 && (
          <li>
            <Link className={`${klasse} border-rand-licht`} href={href(pagina - 1)}>
              Vorige<span className="sr-only"> pagina</span>
            </Link>
          </li>
        )}
        {nummers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - nummers[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {n === pagina ? (
              <span aria-current="page" className={`${klasse} border-accent bg-accent text-white font-bold`}>
                <span className="sr-only">Pagina </span>
                {n}
              </span>
            ) : (
              <Link className={`${klasse} border-rand-licht`} href={href(n)}>
                <span className="sr-only">Pagina </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {pagina < aantalPaginas && (
          <li>
            <Link className={`${klasse} border-rand-licht`} href={href(pagina + 1)}>
              Volgende<span className="sr-only"> pagina</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
