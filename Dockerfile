# The GraphQL service and the ingest job share one image; compose picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
CMD ["node_modules/.bin/tsx", "src/server.ts"]
