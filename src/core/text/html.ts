import type { LinkFact } from "../model/facts";

/** PLACEHOLDER (to be replaced by a linear, entity-aware scanner): anchors with text and href. */
export function extractLinks(html: string): LinkFact[] {
  const links: LinkFact[] = [];
  const re = /<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi;
  for (const m of html.matchAll(re)) links.push({ href: m[1] ?? "", text: (m[2] ?? "").replace(/<[^>]*>/g, "").trim() });
  return links;
}

/** PLACEHOLDER: visible text of an HTML body. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}
