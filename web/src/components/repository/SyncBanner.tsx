import { useEffect, useRef, useState } from "react";
import { useSubscription } from "urql";
import type { RepositorySyncPhase, RepositorySyncStatus } from "../../gql/graphql";
import { RepositorySyncProgressSubscription } from "../../graphql/repository";
import { elapsed, isActive, PHASES, STATUS_LABEL } from "./phases";

export interface BannerSync {
  id: string;
  branch: string;
  status: RepositorySyncStatus;
  phase: RepositorySyncPhase;
  progress: number;
  createdAt: string;
  startedAt?: string | null;
  completedAt?: string | null;
}

/**
 * The running (or last) sync, live: phase dots, a progress bar, files scanned and elapsed time. It follows
 * repositorySyncProgress, which replays from the first step, so opening the page mid-sync shows it all.
 */
export function SyncBanner({
  sync,
  canCancel,
  onCancel,
  onEnded,
}: {
  sync: BannerSync;
  canCancel: boolean;
  onCancel: () => void;
  onEnded: () => void;
}) {
  const [{ data }] = useSubscription({
    query: RepositorySyncProgressSubscription,
    variables: { syncId: sync.id },
    pause: !isActive(sync.status),
  });
  const step = data?.repositorySyncProgress;
  const status = step?.status ?? sync.status;
  const phase = step?.phase ?? sync.phase;
  const progress = step?.progress ?? sync.progress;
  const [now, setNow] = useState(Date.now());
  const active = isActive(status);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  // The parent refetches once the terminal step arrives (its callback may be a new function each render).
  const ended = step ? !isActive(step.status) : false;
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;
  useEffect(() => {
    if (ended) onEndedRef.current();
  }, [ended]);
  const current = PHASES.findIndex((p) => p.phase === phase);
  const end = sync.completedAt ? new Date(sync.completedAt).getTime() : now;
  return (
    <div className={`sync-banner sync-${status.toLowerCase()}`} role="status" aria-live="polite" data-testid="sync-banner">
      <div className="sync-banner-head">
        <strong>{STATUS_LABEL[status]}</strong>
        <span className="muted">
          {sync.branch} · {step?.message ?? PHASES[current]?.label}
        </span>
        <span className="spacer" />
        {active && canCancel && (
          <button type="button" className="btn btn-sm" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <ol className="sync-phases" aria-label="Phases">
        {PHASES.map((p, i) => (
          <li key={p.phase} className={i < current || status === "SUCCEEDED" ? "done" : i === current ? "current" : ""} title={p.label}>
            <span className="dot" aria-hidden="true" />
            <span className="sync-phase-label">{p.label}</span>
          </li>
        ))}
      </ol>
      <div className="sync-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <span style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
      <div className="sync-banner-foot muted">
        {step ? `${step.filesScanned} of ${step.filesTotal} files scanned` : `${Math.round(progress * 100)}%`}
        {" · "}
        {elapsed(sync.startedAt ?? sync.createdAt, end)}
      </div>
    </div>
  );
}
