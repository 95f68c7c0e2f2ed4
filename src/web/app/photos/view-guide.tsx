import type { PhotoView } from "../../../shared/contracts/photos.ts";

/** What to line up for each view, read out with the outline and shown under the camera. */
export const guideHints: Record<PhotoView, string> = {
  front_hairline: "Face the client. Eyes on the lower line, hairline inside the arc.",
  left_temple: "Client's left side. Ear on the marker, temple point inside the circle.",
  right_temple: "Client's right side. Ear on the marker, temple point inside the circle.",
  top: "From above, nose pointing to the top of the frame.",
  crown: "From above and behind, the whorl in the centre circle.",
  back: "Behind the client, ears level with the line, neck at the bottom.",
  scar: "Hold the camera square to the scar and centre it in the band.",
};

const stroke = {
  fill: "none",
  stroke: "white",
  strokeWidth: 3,
  strokeLinecap: "round" as const,
  strokeLinejoin: "round" as const,
  vectorEffect: "non-scaling-stroke" as const,
};
const dashed = { ...stroke, strokeWidth: 2, strokeDasharray: "8 8" };

/** A profile facing left; the right temple is the mirror image. */
function Profile() {
  return (
    <>
      <path
        {...stroke}
        d="M205 330 C 200 300 205 285 215 270 C 235 240 245 205 240 165 C 232 100 185 65 135 68 C 95 70 70 95 62 130 C 58 150 62 165 55 180 C 50 190 45 198 52 202 C 60 206 62 212 60 222 C 58 232 66 238 66 246 C 64 256 70 262 80 262 C 100 262 112 270 115 300 L 118 330"
      />
      <ellipse {...stroke} cx="170" cy="190" rx="14" ry="24" />
      <circle {...dashed} cx="112" cy="130" r="30" />
      <path {...dashed} d="M 80 98 C 110 80 150 78 180 90" />
    </>
  );
}

/** The outline drawn over the camera or photo so each session's photos line up. */
export function ViewGuide({ view, label }: { view: PhotoView; label: string }) {
  return (
    <svg
      viewBox="0 0 300 400"
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={`Outline guide: ${label}`}
      style={{
        position: "absolute",
        inset: 0,
        width: "100%",
        height: "100%",
        filter: "drop-shadow(0 0 2px rgba(0,0,0,0.8))",
      }}
    >
      {view === "front_hairline" && (
        <>
          <ellipse {...stroke} cx="150" cy="200" rx="105" ry="140" />
          <path {...dashed} d="M 62 150 C 95 95 205 95 238 150" />
          <line {...dashed} x1="70" y1="215" x2="230" y2="215" />
          <line {...dashed} x1="150" y1="70" x2="150" y2="330" />
        </>
      )}
      {view === "left_temple" && <Profile />}
      {view === "right_temple" && (
        <g transform="translate(300 0) scale(-1 1)">
          <Profile />
        </g>
      )}
      {view === "top" && (
        <>
          <ellipse {...stroke} cx="150" cy="205" rx="100" ry="130" />
          <path {...stroke} d="M 140 78 L 150 62 L 160 78" />
          <line {...dashed} x1="150" y1="85" x2="150" y2="325" />
          <ellipse {...stroke} cx="48" cy="215" rx="8" ry="22" />
          <ellipse {...stroke} cx="252" cy="215" rx="8" ry="22" />
        </>
      )}
      {view === "crown" && (
        <>
          <ellipse {...stroke} cx="150" cy="195" rx="110" ry="125" />
          <circle {...dashed} cx="150" cy="185" r="42" />
          <circle {...stroke} cx="150" cy="185" r="4" />
          <line {...dashed} x1="40" y1="250" x2="260" y2="250" />
        </>
      )}
      {view === "back" && (
        <>
          <path
            {...stroke}
            d="M 110 360 L 110 310 C 70 290 48 240 48 180 C 48 110 95 62 150 62 C 205 62 252 110 252 180 C 252 240 230 290 190 310 L 190 360"
          />
          <ellipse {...stroke} cx="42" cy="195" rx="10" ry="26" />
          <ellipse {...stroke} cx="258" cy="195" rx="10" ry="26" />
          <line {...dashed} x1="32" y1="195" x2="268" y2="195" />
          <path {...dashed} d="M 80 275 C 120 295 180 295 220 275" />
        </>
      )}
      {view === "scar" && (
        <>
          <rect {...stroke} x="30" y="60" width="240" height="280" rx="16" />
          <rect {...dashed} x="30" y="170" width="240" height="60" />
          <line {...dashed} x1="150" y1="60" x2="150" y2="340" />
        </>
      )}
    </svg>
  );
}
