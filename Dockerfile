# syntax=docker/dockerfile:1.7
# Multi-stage build of the web app as Next's standalone server. The `build` stage keeps the full
# toolchain and is reused by compose for one-shot jobs (migrations, seed) and the collab service.

ARG NODE_VERSION=24-bookworm-slim

FROM node:${NODE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma-generate.ts ./scripts/prisma-generate.ts
# Dependency install scripts are allow-listed in package.json (npm 11 blocks the rest).
RUN npm install --no-audit --no-fund

FROM node:${NODE_VERSION} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run prisma:generate && npm run build

FROM node:${NODE_VERSION} AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 factdesk && useradd --system --uid 1001 --gid factdesk factdesk
COPY --from=build --chown=factdesk:factdesk /app/.next/standalone ./
COPY --from=build --chown=factdesk:factdesk /app/.next/static ./.next/static
COPY --from=build --chown=factdesk:factdesk /app/public ./public
USER factdesk
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.js"]
