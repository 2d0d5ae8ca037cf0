"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

export function ImportProgress({
  importId,
  initial,
  label = "Finding facts…",
}: {
  importId: string;
  initial: number;
  label?: string;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      while (!stop) {
        await new Promise((r) => setTimeout(r, 700));
        const res = await fetch(`/api/v1/imports/${importId}`, { cache: "no-store" }).catch(() => null);
        if (!res?.ok) continue;
        const s = (await res.json()) as { status: string; progress: number };
        setProgress(s.progress);
        if (s.status !== "processing") {
          router.refresh();
          return;
        }
      }
    };
    void tick();
    return () => {
      stop = true;
    };
  }, [importId, router]);
  return (
    <div role="status" aria-live="polite" data-testid="import-progress">
      <progress max={1} value={progress} style={{ width: "100%" }} />
      <p className="muted">
        {label} {Math.round(progress * 100)}%
      </p>
    </div>
  );
}
