import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Built into dist/ and served by the Nest server at `/`; the dev server proxies the API to a local server.
export default defineConfig({
  base: '/',
  // Brotli and gzip copies beside every asset, so the server sends them compressed without compressing per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 0 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': process.env.CUSTODIAN_API ?? 'http://127.0.0.1:3000' },
  },
});
