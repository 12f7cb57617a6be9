import { uitloggenAction } from "@/server/auth/uitloggen";

export function UitlogKnop() {
  return (
    <form action={uitloggenAction}>
      <button type="submit" className="knop knop-secundair">
        Uitloggen
      </button>
    </form>
  );
}
