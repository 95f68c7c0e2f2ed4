export interface MessageLink {
  label: string;
  href: string;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The links in an email: anchors from the HTML body (with their text), else bare URLs in the text. */
export function extractLinks(bodyHtml: string | null, bodyText: string): MessageLink[] {
  const links: MessageLink[] = [];
  const seen = new Set<string>();
  const add = (label: string, href: string) => {
    if (!/^https?:\/\//i.test(href) || seen.has(href)) return;
    seen.add(href);
    links.push({ label: label.trim() || href, href });
  };
  if (bodyHtml) {
    const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
    for (const a of doc.querySelectorAll("a[href]"))
      add(a.textContent ?? "", a.getAttribute("href") ?? "");
  }
  for (const match of bodyText.matchAll(/https?:\/\/[^\s<>"')]+/g)) add(match[0], match[0]);
  return links;
}

/**
 * In development the app is often opened on another loopback address or port than the server's
 * PUBLIC_URL; keep links to this app on the origin the outbox is viewed from, so cookies still apply.
 */
export function localHref(href: string, here: Location = window.location): string {
  try {
    const url = new URL(href);
    if (url.origin !== here.origin && LOOPBACK.has(url.hostname) && LOOPBACK.has(here.hostname)) {
      return `${url.pathname}${url.search}${url.hash}`;
    }
  } catch {
    // Not a URL: leave it as it is.
  }
  return href;
}

/** The HTML body with links opening the whole tab (the frame itself is sandboxed). */
export function frameDocument(bodyHtml: string): string {
  const base = '<base target="_top">';
  return /<head[^>]*>/i.test(bodyHtml)
    ? bodyHtml.replace(/<head[^>]*>/i, (m) => `${m}${base}`)
    : `${base}${bodyHtml}`;
}
