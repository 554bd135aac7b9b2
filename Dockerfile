# portbot service image: Slack and/or Discord on one HTTP server (see docs/DEPLOY.md).
#
# Three stages keep the final image small and its layers cacheable:
#   deps   production dependencies only (changes only when package*.json change)
#   build  every dependency plus the sources, bundled into dist/
#   final  node:22-slim + production node_modules + dist/, run as the non-root `node` user
# Node 22 (LTS) in every stage: Node 20 reached its end of life on 2026-04-30. The code itself still
# runs on Node 20.19 and later (package.json engines), which is where the tests run too.
FROM node:22-slim AS deps
# better-sqlite3 (the team's embedded database) is a native addon, compiled here against the
# image's own Node headers; the compilers stay in this stage and never reach the final image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` runs the build, which needs the sources and dev tools (not here); the
# one install script portbot needs, better-sqlite3's, then runs on its own, from source.
ENV npm_config_nodedir=/usr/local npm_config_build_from_source=true
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 \
 && node -e "new (require('better-sqlite3'))(':memory:').close()"

FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/ scripts/
COPY src/ src/
COPY adapters/ adapters/
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PORTBOT_DATA_DIR=/var/cache/portbot \
    PORTBOT_DB=/var/lib/portbot/portbot.db
WORKDIR /app
COPY --from=deps /app/node_modules node_modules/
COPY --from=build /app/dist dist/
COPY package.json ./
# The app belongs to root and is read-only for the service. It writes in two places, both owned by
# `node`: the imported-registry cache (throwaway: an emptyDir on Kubernetes) and the team's SQLite
# database (keep it: a volume; with several replicas use DATABASE_URL instead). Mount volumes there
# and the root filesystem can be read-only. (No VOLUME here: it would leave an anonymous volume per run.)
RUN mkdir -p /var/cache/portbot /var/lib/portbot && chown node:node /var/cache/portbot /var/lib/portbot
USER node
EXPOSE 3000
# slim images have no curl: Node's own fetch asks the liveness endpoint, on loopback when the
# service listens on every interface (HOST 0.0.0.0 or ::), else on the address it is bound to.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "const h=process.env.HOST,a=!h||h==='0.0.0.0'||h==='::'?'127.0.0.1':h.includes(':')?'['+h+']':h;fetch('http://'+a+':'+(process.env.PORT||3000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (the base image's entrypoint execs it): SIGTERM reaches the service's
# handler, which finishes answers in flight and exits 0. No npm in between: npm does not forward it.
# The same command as `npm start`: a small young generation keeps an idle service's memory low
# (BENCHMARKS.md, `npm run bench:memory`).
CMD ["node", "--max-semi-space-size=2", "dist/server.js"]
