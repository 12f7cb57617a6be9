import { PortaalBalk } from "@/components/portaal-balk";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";

// The aanbieder area is for aanbieder roles only. A layout is not re-rendered on every
// navigation, so each page checks this itself as well; the proxy is never the check.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await vereisAanbieder();
  return (
    <>
      <PortaalBalk />
      {children}
    </>
  );
}
