import { h, render } from "preact";
import { createApi } from "./api.ts";
import { App } from "./app.tsx";
import { findScript, mountTargets, serverOrigin } from "./mount.ts";
import css from "./styles.css?inline";

/**
 * Entry of stipple-booking.js: mounts the booking widget into every `<div data-stipple-booking>`
 * (or right after the script tag), each in its own shadow root, talking to the Stipple server the
 * script was loaded from.
 */
function start(current: Element | null) {
  const script = findScript(document, current);
  if (!script) return;
  const origin = serverOrigin(script.src, location.href);
  for (const target of mountTargets(document, script)) {
    if (!target.slug) {
      console.warn('Stipple booking: add data-clinic="your-clinic" to the script tag.');
      continue;
    }
    const root = target.element.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = css;
    root.append(style);
    const container = document.createElement("div");
    root.append(container);
    render(h(App, { api: createApi(origin, target.slug), page: target.page }), container);
  }
}

// currentScript is only set while the script first runs: read it now, mount once the DOM is there.
const current = document.currentScript;
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start(current), { once: true });
} else {
  start(current);
}
