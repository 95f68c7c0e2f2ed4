/** Handwriting-like fonts, in order of preference; `cursive` is the browser's own fallback. */
const HAND =
  '"Segoe Script", "Bradley Hand", "Snell Roundhand", "Brush Script MT", "URW Chancery L", cursive';

/**
 * Draws a typed name as a signature, for people who cannot draw one (keyboard-only users): dark
 * ink, slanted handwriting-style letters, on a transparent canvas like the drawing pad's export.
 */
export function drawTypedSignature(canvas: HTMLCanvasElement, name: string): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const text = name.trim();
  if (!text) return;
  let size = Math.round(canvas.height * 0.45);
  ctx.font = `italic ${size}px ${HAND}`;
  while (size > 16 && ctx.measureText(text).width > canvas.width * 0.9) {
    size -= 4;
    ctx.font = `italic ${size}px ${HAND}`;
  }
  ctx.fillStyle = "#1b2431";
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "center";
  ctx.fillText(text, canvas.width / 2, canvas.height * 0.68);
}

/** The typed name as a PNG data URL (1200 × 400), or "" when nothing is typed. */
export function typedSignaturePng(name: string): string {
  if (!name.trim()) return "";
  const canvas = document.createElement("canvas");
  canvas.width = 1200;
  canvas.height = 400;
  drawTypedSignature(canvas, name);
  return canvas.toDataURL("image/png");
}
