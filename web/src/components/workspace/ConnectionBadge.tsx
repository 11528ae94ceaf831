import { useConnectionStatus } from "../../client/connection";

const LABEL = {
  connecting: ["Connecting", "Opening a live connection"],
  live: ["Live", "Changes from your team appear instantly"],
  reconnecting: ["Reconnecting", "Live connection lost; trying again. Refreshing every 5 seconds meanwhile"],
  polling: ["Polling", "Live connection is down; refreshing every 5 seconds"],
  offline: ["Offline", "Can't reach Taskgraph; what you see may be out of date. Trying again every 5 seconds"],
} as const;

export function ConnectionBadge() {
  const status = useConnectionStatus();
  const [label, title] = LABEL[status];
  return (
    <span className={`badge badge-${status}`} title={title} data-testid="connection-badge" aria-live="polite">
      <span className="dot" aria-hidden />
      {label}
    </span>
  );
}
