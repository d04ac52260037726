// The event bus behind subscriptions: in-process by default; with REDIS_URL, events travel through Redis so
// every replica's subscribers hear about articles ingested by any replica.
import { Redis } from "ioredis";
import { createPubSub, type PubSub } from "graphql-yoga";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import type { Logger } from "./logger.js";

/** What the ingest mutation publishes for each article it wrote, changed or left unchanged. */
export interface ArticleIngestedEvent {
  id: string;
  title: string;
  status: string;
}

export type Channels = { articleIngested: [ArticleIngestedEvent] };
export type ApiPubSub = PubSub<Channels>;

export interface PubSubHandle {
  pubsub: ApiPubSub;
  close(): Promise<void>;
}

export function createApiPubSub(options: { redisUrl?: string | undefined; logger: Logger }): PubSubHandle {
  if (!options.redisUrl) return { pubsub: createPubSub<Channels>(), close: async () => {} };
  // A subscribing ioredis client cannot publish, hence two connections.
  const publishClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (error: Error) => options.logger.error("redis pubsub error", { error }));
  }
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Channels>({ eventTarget }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
