/**
 * The one inline script: applies the reader's saved theme before anything is painted.
 * It lives here as a string so astro.config.mjs can add its exact hash to the CSP
 * (Astro hashes the scripts it bundles, not an inline one placed in <body>).
 */
export const themeInitScript =
	"try{const t=localStorage.getItem('hc-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";
