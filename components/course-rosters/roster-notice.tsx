"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

/**
 * Where the roster says what a row's action did. Removing or moving a learner takes their row off
 * the list in the same update that brings the action's answer, so the row cannot say it itself.
 */
const NoticeContext = createContext<(message: string) => void>(() => {});

export function RosterNoticeArea({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState("");
  return (
    <NoticeContext value={setNotice}>
      <div aria-live="polite" role="status">
        {notice && <p className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{notice}</p>}
      </div>
      {children}
    </NoticeContext>
  );
}

/** Tells the roster's notice area what just happened. */
export const useRosterNotice = () => useContext(NoticeContext);
