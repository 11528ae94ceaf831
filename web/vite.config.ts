import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Dev: Vite serves the UI with hot reload and proxies the API (HTTP + WebSocket) to the server on :4000.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true, changeOrigin: true },
      "/export": { target: "http://localhost:4000", changeOrigin: true },
      "/import": { target: "http://localhost:4000", changeOrigin: true },
    },
  },
  build: { outDir: "dist", sourcemap: true },
});
