/** Where the widget mounts and which clinic and server it talks to, read from its script tag. */

export interface MountTarget {
  element: HTMLElement;
  slug: string;
  /** Full-page layout (the hosted page /book/{slug} and the iframe fallback). */
  page: boolean;
}

export const SCRIPT_NAME = "stipple-booking.js";

/** The origin of the Stipple server: the one the script itself was loaded from. */
export function serverOrigin(scriptSrc: string, pageUrl: string): string {
  return new URL(scriptSrc, pageUrl).origin;
}

/** The script tag that loaded the widget (currentScript is null once an async script has run). */
export function findScript(doc: Document, current: Element | null): HTMLScriptElement | null {
  if (current instanceof HTMLScriptElement && current.src.includes(SCRIPT_NAME)) return current;
  return doc.querySelector<HTMLScriptElement>(`script[src*="${SCRIPT_NAME}"]`);
}

/**
 * Every `<div data-stipple-booking>` not mounted yet (its own data-clinic, or the script's), or
 * a new element right after the script when the page has none.
 */
export function mountTargets(doc: Document, script: HTMLScriptElement): MountTarget[] {
  const fallbackSlug = script.dataset.clinic ?? "";
  const found = [...doc.querySelectorAll<HTMLElement>("[data-stipple-booking]")].filter(
    (el) => !el.shadowRoot,
  );
  if (found.length === 0) {
    const el = doc.createElement("div");
    el.setAttribute("data-stipple-booking", "");
    script.after(el);
    found.push(el);
  }
  return found.map((element) => ({
    element,
    slug: element.dataset.clinic || fallbackSlug,
    page: element.dataset.layout === "page" || script.dataset.layout === "page",
  }));
}
