import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = process.env.SETTERDESK_API_URL ?? 'http://localhost:3000';

// The web app imports zod contracts and pure rules from ../src, so the dev server may read the repo root.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
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
