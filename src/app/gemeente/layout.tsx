import { GemeenteMenu } from "@/components/gemeente-menu";
import { PortaalBalk } from "@/components/portaal-balk";

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="niet-printen">
        <PortaalBalk />
      </div>
      <GemeenteMenu />
      {children}
    </>
  );
}
