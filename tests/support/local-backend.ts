import { request } from 'node:http';
import { backendPath } from '../../admin/local/paths';

/** How a request to the local backend is made; an explicit `undefined` leaves the header or the secret out. */
export interface Ask {
  host?: string;
  origin?: string | undefined;
  key?: string | undefined;
  method?: string;
  type?: string;
}

export interface Answer {
  status: number;
  json: { error?: string } & Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A request to the local backend on 127.0.0.1:`port`, as any page or program
 * could send it: node:http lets a test set `Host` and `Origin` to anything.
 * By default it is the site's own page with the right secret.
 */
export function askBackend(port: number, secret: string, body: unknown, how: Ask = {}): Promise<Answer> {
  const { host = `127.0.0.1:${port}`, method = 'POST', type = 'application/json' } = how;
  const origin = 'origin' in how ? how.origin : `http://127.0.0.1:${port}`;
  const key = 'key' in how ? how.key : secret;
  const headers: Record<string, string> = { Host: host, 'Content-Type': type };
  if (origin !== undefined) headers['Origin'] = origin;
  const path = `${backendPath}${key === undefined ? '' : `?key=${encodeURIComponent(key)}`}`;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        let json: Answer['json'];
        try {
          json = text ? JSON.parse(text) : {};
        } catch {
          json = { error: text };
        }
        resolve({ status: res.statusCode ?? 0, json, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(method === 'POST' ? JSON.stringify(body) : undefined);
  });
}

/** The bodies of the CMS's requests that the tests send. */
export const cmsRequest = {
  persist: (path: string, raw = '---\nname: x\n---\n') => ({
    action: 'persistEntry',
    params: { branch: 'main', entry: { slug: 'x', path, raw }, assets: [], options: { commitMessage: 'x' } },
  }),
  media: (path: string, bytes: Buffer) => ({
    action: 'persistMedia',
    params: { branch: 'main', asset: { path, content: bytes.toString('base64'), encoding: 'base64' }, options: { commitMessage: 'x' } },
  }),
  read: (path: string) => ({ action: 'getEntry', params: { branch: 'main', path } }),
  remove: (...paths: string[]) => ({ action: 'deleteFiles', params: { branch: 'main', paths, options: { commitMessage: 'x' } } }),
  list: (folder: string, extension: string) => ({ action: 'entriesByFolder', params: { branch: 'main', folder, extension, depth: 1 } }),
};
