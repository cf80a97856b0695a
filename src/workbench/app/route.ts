// The pages are addressed in the URL's fragment, so the same links work from the server and from the file system.
export type Route =
  | { readonly page: 'portfolio' }
  | { readonly page: 'collaboration'; readonly path: string }
  | { readonly page: 'editor'; readonly path: string }
  | { readonly page: 'config' };

export function parseRoute(hash: string): Route {
  const [, page, ...rest] = hash.replace(/^#/, '').split('/');
  const path = decodeURIComponent(rest.join('/'));
  if (page === 'c' && path) return { page: 'collaboration', path };
  if (page === 'e' && path) return { page: 'editor', path };
  if (page === 'config') return { page: 'config' };
  return { page: 'portfolio' };
}

export function linkTo(route: Route): string {
  switch (route.page) {
    case 'portfolio':
      return '#/';
    case 'collaboration':
      return `#/c/${encodeURIComponent(route.path)}`;
    case 'editor':
      return `#/e/${encodeURIComponent(route.path)}`;
    case 'config':
      return '#/config';
  }
}
