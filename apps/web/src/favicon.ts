/** A small section sign as the site icon, served from the app so the browser's icon request is not a 404. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#12355b"/><text x="16" y="24" font-size="22" text-anchor="middle" fill="#fff" font-family="Georgia,serif">§</text></svg>';
