const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("") || "?";

// A stable hue per person so the same teammate always looks the same.
function hue(seed: string) {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}

export function Avatar({ user, size = "md" }: { user: { id: string; name: string }; size?: "sm" | "md" }) {
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ background: `hsl(${hue(user.id)} 55% 45%)` }}
      role="img"
      title={user.name}
      aria-label={user.name}
    >
      {initials(user.name)}
    </span>
  );
}
