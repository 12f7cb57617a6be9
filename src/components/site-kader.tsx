"use client";

import Link from "next/link";

// The site's header and footer. They are the same on every page, so they are client components
// without props: the server-component payload then carries a reference to them instead of their
// whole markup a second time on every page (issue 10: a lighter catalogue page).

const menu = [
  { href: "/werkplekken", label: "Werkplekken zoeken" },
  { href: "/participatieladder", label: "Participatieladder" },
  { href: "/producten", label: "Producten en tarieven" },
  { href: "/veelgestelde-vragen", label: "Veelgestelde vragen" },
  { href: "/voor-werkgevers", label: "Voor werkgevers" },
];

export function SiteKop() {
  return (
    <header className="bg-[var(--kleur-vlak)] border-b border-rand-licht niet-printen">
      <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="no-underline text-[var(--kleur-tekst)]">
          <span className="block text-xl font-bold leading-tight">Apeldoorn Werkt Mee</span>
          <span className="block text-sm text-tekst-zacht">Gemeente Apeldoorn</span>
        </Link>
      </div>
      <nav aria-label="Hoofdmenu" className="bg-accent">
        {/* On a phone the menu folds behind "Menu" (works without JavaScript); on a wide screen it is always open. */}
        <details className="hoofdmenu mx-auto max-w-6xl px-2">
          <summary className="px-3 py-3 text-white font-bold">Menu</summary>
          <ul className="flex flex-wrap">
            {menu.map((m) => (
              <li key={m.href}>
                <Link href={m.href} className="block px-3 py-3 text-white no-underline hover:underline hover:text-white">
                  {m.label}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </nav>
    </header>
  );
}

export function SiteVoet() {
  return (
    <footer className="bg-[var(--kleur-accent-donker)] text-white niet-printen">
      <div className="mx-auto max-w-6xl px-4 py-8 grid gap-6 sm:grid-cols-3 text-sm">
        <div>
          <h2 className="font-bold mb-2">Contact</h2>
          <p>Centrum Apeldoorn Werkt Mee</p>
          <p>
            <a className="text-white" href="mailto:info@apeldoornwerktmee.nl">
              info@apeldoornwerktmee.nl
            </a>
          </p>
          <p>Telefoon 14 055</p>
        </div>
        <div>
          <h2 className="font-bold mb-2">Over deze website</h2>
          <ul className="space-y-1">
            <li>
              <Link className="text-white" href="/toegankelijkheid">
                Toegankelijkheid
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/privacy">
                Privacy
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/inloggen">
                Inloggen voor aanbieders en medewerkers
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <h2 className="font-bold mb-2">Bronnen</h2>
          <p>
            Postcodegebieden:{" "}
            <a className="text-white" href="https://www.geonames.org/">
              GeoNames
            </a>
            , licentie CC BY 4.0.
          </p>
          <p>Kaart: Kadaster, PDOK BRT-Achtergrondkaart.</p>
        </div>
      </div>
    </footer>
  );
}
