// A minimal Language Server Protocol client over stdio: enough JSON-RPC to
// drive the ESLint language server the way an editor does.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, RequestHandler>();
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';

  constructor(command: string, args: readonly string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.on('exit', code => {
      for (const { reject } of this.pending.values()) {
        reject(new Error(`language server exited with ${String(code)}\n${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  /** Answers requests the server sends to the client (`workspace/configuration`, …). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.nextId++;
    const answer = new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: value => { resolve(value as Result); }, reject });
    });
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Shuts the server down politely, then for sure. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) {
      return;
    }
    const exited = new Promise<void>(resolve => this.child.once('exit', () => { resolve(); }));
    try {
      await Promise.race([this.request('shutdown', null), delay(2_000)]);
      this.notify('exit', null);
    } catch {
      // The server is already gone; the kill below is a no-op then.
    }
    await Promise.race([exited, delay(2_000)]);
    this.child.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${String(body.length)}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Splits the stdout stream into `Content-Length` framed messages. */
  private drain(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        return;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length) || this.buffer.length < headerEnd + 4 + length) {
        return;
      }
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: answer it, with null when we have nothing to say.
      const handler = this.handlers.get(message.method);
      const result = handler ? handler(message.params) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
      return;
    }
    if (message.method === undefined && typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) {
        waiting?.reject(new Error(`${message.error.message}\n${this.stderr}`));
      } else {
        waiting?.resolve(message.result);
      }
    }
    // Notifications from the server (logs, status) are not needed by the tests.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
