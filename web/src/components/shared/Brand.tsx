/** The product's mark and name, in the sidebar and (large) on the sign-in page. */
export function Brand({ large = false }: { large?: boolean }) {
  return (
    <div className={large ? "brand brand-lg" : "brand"}>
      <span className="brand-mark" aria-hidden />
      Taskgraph
    </div>
  );
}
