import type { Metadata, Viewport } from "next";
import { SiteKop, SiteVoet } from "@/components/site-kader";
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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce (src/proxy.ts) is per request, so every page renders per request.
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen flex flex-col">
        <a href="#inhoud" className="skiplink">
          Naar de inhoud
        </a>
        <SiteKop />
        <main id="inhoud" tabIndex={-1} className="flex-1 mx-auto w-full max-w-6xl px-4 py-5 sm:py-8 focus:outline-none">
          {children}
        </main>
        <SiteVoet />
      </body>
    </html>
  );
}
