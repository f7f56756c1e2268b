import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A small TCP proxy between the counters and PostgreSQL that injects
 * faults: cut every open connection now, cut one once the server has sent
 * a given number of bytes more (a reply lost mid-way, after the server
 * committed), or refuse new connections while "down".
 */
export class FaultProxy {
  private readonly server: Server;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private down = false;
  /** Server-to-counter bytes still allowed before the armed cut. */
  private cutAfter: number | undefined;
  cuts = 0;

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: Server,
  ) {
    this.server = server;
  }

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no proxy port');
    const proxy = new FaultProxy(target, address.port, server);
    server.on('connection', (client) => proxy.accept(client));
    return proxy;
  }

  private accept(client: Socket): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (this.cutAfter !== undefined) {
        this.cutAfter -= chunk.length;
        if (this.cutAfter < 0) {
          this.cutAfter = undefined;
          this.cuts += 1;
          end();
          return;
        }
      }
      client.write(chunk);
    });
  }

  /** Cuts every open connection at once. */
  cutAll(): void {
    if (this.pairs.size > 0) this.cuts += 1;
    for (const { client, upstream } of [...this.pairs]) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /** Cuts the connection that receives the next `bytes` + 1 bytes from the server: its reply is lost. */
  cutAfterServerBytes(bytes: number): void {
    this.cutAfter = bytes;
  }

  get armed(): boolean {
    return this.cutAfter !== undefined;
  }

  setDown(down: boolean): void {
    this.down = down;
    if (down) this.cutAll();
  }

  async stop(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
