/**
 * A web address as a reader would say it, for a link that opens a page other than the document it stands for:
 * "https://www.occrp.org/" is "occrp.org", "https://www.bbc.com/news" is "bbc.com/news".
 */
export function shortAddress(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname.replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}`;
}
