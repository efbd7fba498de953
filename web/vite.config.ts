import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = process.env.SETTERDESK_API_URL ?? 'http://localhost:3000';

/** The screen a setter opens first, and the page module the router loads for it. */
const callScreen = { path: '/call', module: 'src/features/call/components/call-page.tsx' } as const;

/**
 * The call screen's code is its own chunk, loaded by the router only once the app's entry has
 * run. When the page opened is the call screen, a small inline script asks for that chunk and
 * its imports (modulepreload) while the entry is still downloading; other pages load nothing more.
 * With no call screen chunk in the bundle the page is left as it is.
 */
function preloadCallScreen(): Plugin {
  return {
    name: 'setterdesk:preload-call-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const page = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(callScreen.module) === true,
        );
        if (page?.type !== 'chunk') return html;
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName) || chunk.isEntry) return;
          files.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk.imports) visit(imported);
        };
        visit(page.fileName);
        const links = [
          ...[...files].map((file) => ['modulepreload', `/${file}`]),
          ...[...styles].map((file) => ['preload', `/${file}`]),
        ].filter(([, href]) => !html.includes(`${href}"`));
        const script =
          `if(location.pathname===${JSON.stringify(callScreen.path)})for(const[rel,href]of ${JSON.stringify(links)})` +
          `{const link=document.createElement('link');link.rel=rel;link.href=href;link.crossOrigin='';` +
          `if(rel==='preload')link.as='style';document.head.appendChild(link)}`;
        // Before the stylesheet: an inline script after one waits for it to load.
        return html.replace('<script type="module"', `<script>${script}</script>\n    <script type="module"`);
      },
    },
  };
}

// The web app imports zod contracts and pure rules from ../src, so the dev server may read the repo root.
export default defineConfig({
  root: webRoot,
  plugins: [react(), preloadCallScreen()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
