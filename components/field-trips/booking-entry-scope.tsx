"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { BookingEntry } from "@/lib/field-trips/policy";

const EntryContext = createContext<BookingEntry>("signIn");

/**
 * The cached exhibition page's slots, shown for the reader (ADR 0007): asks the server what this
 * person may do (`GET /api/v1/field-trips/booking-entry`, answered by the policy) and lets each
 * `ForEntry` inside show the matching words. Until then, and without script, visitors' words show;
 * their link leads to the same booking page anyway.
 */
export function BookingEntryScope({ awaitVerification, children }: { awaitVerification: ReactNode; children: ReactNode }) {
  const [entry, setEntry] = useState<BookingEntry>("signIn");
  useEffect(() => {
    let live = true;
    fetch("/api/v1/field-trips/booking-entry", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<{ entry: BookingEntry }>) : null))
      .then((body) => live && body && setEntry(body.entry))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <EntryContext value={entry}>
      <div data-booking-entry={entry}>
        {entry === "awaitVerification" && awaitVerification}
        {children}
      </div>
    </EntryContext>
  );
}

/** One of the server-rendered variants, the reader's: someone waiting for verification sees `none`'s. */
export function ForEntry({ variants }: { variants: Record<"book" | "signIn" | "none", ReactNode> }) {
  const entry = useContext(EntryContext);
  return <>{variants[entry === "awaitVerification" ? "none" : entry]}</>;
}
