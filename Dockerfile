# The whole product in one image: the API, the job worker and the built admin UI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY server/package.json server/
COPY admin-ui/package.json admin-ui/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json /app/.npmrc ./
COPY --from=build /app/server/package.json server/
COPY --from=build /app/admin-ui/package.json admin-ui/
RUN npm ci --omit=dev --no-audit --no-fund --workspace server --include-workspace-root
COPY --from=build /app/dist dist
COPY --from=build /app/admin-ui/dist admin-ui/dist
USER node
EXPOSE 3000
CMD ["node", "dist/server/src/main.js"]
