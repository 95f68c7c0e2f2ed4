import classes from "./plan.module.css";

/** A small stippled patch whose dots darken with the pigment strength (100 % = undiluted). */
export function ShadeSwatch({ strengthPct, size = 22 }: { strengthPct: number; size?: number }) {
  const alpha = Math.max(0.08, Math.min(1, strengthPct / 100));
  return (
    <span
      aria-hidden="true"
      className={classes.swatch}
      style={
        {
          width: size,
          height: size,
          "--ink": `rgb(22 24 30 / ${Math.round(alpha * 100)}%)`,
        } as React.CSSProperties
      }
    />
  );
}
