/** @jsxImportSource preact */

/**
 * Norwood (I–VII, with III vertex) and Ludwig (I–III) diagrams: a head seen from above, face at
 * the top, with the area of hair loss hatched. Drawn here as small inline SVG.
 */

export type Scale = "norwood" | "ludwig";

interface Shape {
  /** Paths of hair loss (hatched), in a 120×140 box with the head centred. */
  loss: string[];
  /** How complete the loss is, for diffuse thinning (1 = bare scalp). */
  density?: number;
  /** Short plain description, read with the name. */
  description: string;
}

const crown = (r: number, cy = 96) =>
  `M${60 - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
const mirror = (d: string) =>
  d.replace(
    /(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g,
    (_, x: string, y: string) => `${120 - Number(x)} ${y}`,
  );
const temples = (d: string) => [d, mirror(d)];
const ellipse = (rx: number, ry: number, cy = 74) =>
  `M${60 - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;

export const norwoodShapes: Record<string, Shape> = {
  I: { loss: [], description: "Full hairline, no noticeable loss" },
  II: {
    loss: temples("M26 42 Q36 35 47 36 Q41 44 36 51 Z"),
    description: "Slight recession at the temples",
  },
  III: {
    loss: temples("M24 45 Q36 33 52 35 Q45 50 38 60 Z"),
    description: "Deeper recession at the temples",
  },
  IIIv: {
    loss: [...temples("M24 45 Q36 33 52 35 Q45 50 38 60 Z"), crown(10)],
    description: "Receding temples and thinning on the crown",
  },
  IV: {
    loss: ["M21 50 Q30 31 60 33 Q90 31 99 50 Q92 62 80 66 Q60 56 40 66 Q28 62 21 50 Z", crown(14)],
    description: "Receding front and a bald patch on the crown",
  },
  V: {
    loss: [
      "M20 52 Q30 30 60 32 Q90 30 100 52 Q95 70 80 76 Q60 66 40 76 Q25 70 20 52 Z",
      crown(18, 98),
    ],
    description: "Front and crown nearly meet",
  },
  VI: {
    loss: [
      "M20 54 Q30 29 60 31 Q90 29 100 54 Q100 82 92 102 Q78 116 60 116 Q42 116 28 102 Q20 82 20 54 Z",
    ],
    description: "Front and crown joined, hair at the sides and back",
  },
  VII: {
    loss: [
      "M17 56 Q28 27 60 29 Q92 27 103 56 Q104 88 96 110 Q80 122 60 122 Q40 122 24 110 Q16 88 17 56 Z",
    ],
    description: "A narrow band of hair at the sides and back",
  },
};

export const ludwigShapes: Record<string, Shape> = {
  I: { loss: [ellipse(11, 26)], density: 0.55, description: "Thinning along the parting" },
  II: { loss: [ellipse(19, 32)], density: 0.75, description: "Wider thinning on top" },
  III: {
    loss: [ellipse(27, 38, 76)],
    density: 0.95,
    description: "Marked thinning over the top, front hairline kept",
  },
};

/** "Norwood III vertex", "Ludwig II". */
export function stageName(scale: Scale, stage: string): string {
  const base = scale === "norwood" ? "Norwood" : "Ludwig";
  return stage === "IIIv" ? `${base} III vertex` : `${base} ${stage}`;
}

export function shapeOf(scale: Scale, stage: string): Shape | undefined {
  return (scale === "norwood" ? norwoodShapes : ludwigShapes)[stage];
}

const HEAD =
  "M60 22C82 22 100 44 100 74C100 106 84 126 60 126C36 126 20 106 20 74C20 44 38 22 60 22Z";
const HAIRLINE = "M0 48C28 30 92 30 120 48L120 140L0 140Z";

export function HeadDiagram(props: {
  scale: Scale;
  stage: string;
  id: string;
  size?: number;
  /** Inside a labelled control, the label names it: hidden from assistive tech. */
  decorative?: boolean;
}) {
  const shape = shapeOf(props.scale, props.stage);
  if (!shape) return null;
  const clip = `c-${props.id}`;
  const hatch = `h-${props.id}`;
  const title = `${stageName(props.scale, props.stage)}: ${shape.description.toLowerCase()}`;
  return (
    <svg
      class="diagram"
      viewBox="0 0 120 140"
      width={props.size ?? 96}
      height={((props.size ?? 96) * 140) / 120}
      role={props.decorative ? undefined : "img"}
      aria-label={props.decorative ? undefined : title}
      aria-hidden={props.decorative ? "true" : undefined}
      focusable="false"
    >
      <defs>
        <clipPath id={clip}>
          <path d={HEAD} />
        </clipPath>
        <pattern
          id={hatch}
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" class="d-loss" />
          <line x1="0" y1="0" x2="0" y2="5" class="d-hatch" />
        </pattern>
      </defs>
      <ellipse cx="19" cy="76" rx="5" ry="11" class="d-skin d-line" />
      <ellipse cx="101" cy="76" rx="5" ry="11" class="d-skin d-line" />
      <path d="M53 24 Q60 8 67 24 Z" class="d-skin d-line" />
      <path d={HEAD} class="d-skin" />
      <g clip-path={`url(#${clip})`}>
        <path d={HAIRLINE} class="d-hair" />
        {props.scale === "ludwig" && <path d="M60 40 V112" class="d-parting" />}
        {shape.loss.map((d) => (
          <path key={d} d={d} fill={`url(#${hatch})`} opacity={shape.density ?? 1} />
        ))}
      </g>
      <path d={HEAD} class="d-line" fill="none" />
    </svg>
  );
}

/** The key under the pictures: what the hatching means. */
export function DiagramKey() {
  return (
    <p class="key">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id="key-hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" class="d-loss" />
            <line x1="0" y1="0" x2="0" y2="4" class="d-hatch" />
          </pattern>
        </defs>
        <rect x="1" y="1" width="14" height="14" rx="3" fill="url(#key-hatch)" class="d-line" />
      </svg>
      Hatched: where hair is thinning or lost. Seen from above, face at the top.
    </p>
  );
}
