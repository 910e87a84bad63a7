import autocannon from 'autocannon';

/**
 * Runs autocannon in a process of its own, so the load generator does not share the
 * server's event loop (it still shares the machine's cores). Forked by run.ts; takes one
 * LoadRequest message, answers one LoadAnswer, and exits.
 */
export interface LoadRequest {
  origin: string;
  paths: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadAnswer {
  rps: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  seconds: number;
}

async function hammer(request: LoadRequest, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: request.origin,
    connections: request.connections,
    duration: seconds,
    requests: request.paths.map((path) => ({ method: 'GET', path })),
  });
}

process.once('message', (message: LoadRequest) => {
  void (async () => {
    if (message.warmupSeconds > 0) await hammer(message, message.warmupSeconds);
    const result = await hammer(message, message.seconds);
    const answer: LoadAnswer = {
      rps: result.requests.average,
      requests: result.requests.total,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      seconds: result.duration,
    };
    process.send?.(answer, () => {
      process.disconnect();
    });
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
