import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Apeldoorn Werkt Mee", template: "%s | Apeldoorn Werkt Mee" },
  description: "Werkplekken met begeleiding voor inwoners van Apeldoorn die (weer) aan de slag willen.",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const menu = [
  { href: "/werkplekken", label: "Werkplekken zoeken" },
  { href: "/participatieladder", label: "Participatieladder" },
  { href: "/producten", label: "Producten en tarieven" },
  { href: "/veelgestelde-vragen", label: "Veelgestelde vragen" },
  { href: "/voor-werkgevers", label: "Voor werkgevers" },
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce (src/proxy.ts) is per request, so every page renders per request.
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen flex flex-col">
        <a href="#inhoud" className="skiplink">
          Naar de inhoud
        </a>
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
        <main id="inhoud" tabIndex={-1} className="flex-1 mx-auto w-full max-w-6xl px-4 py-5 sm:py-8 focus:outline-none">
          {children}
        </main>
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
      </body>
    </html>
  );
}
