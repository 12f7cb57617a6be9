import { PortaalBalk } from "@/components/portaal-balk";

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PortaalBalk />
      {children}
    </>
  );
}
