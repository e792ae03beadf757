/**
 * Finds a Chromium for the browser tests: $CHROME_PATH, then the usual
 * places. As root on Debian with none found, installs the `chromium` package;
 * otherwise stops with one line saying what to install. Prints the path.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const candidates = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((p): p is string => Boolean(p));

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(): string | undefined {
  return candidates.find(executable);
}

function install(): void {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/etc/debian_version')) {
    process.stderr.write('No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.\n');
    process.exit(1);
  }
  process.stderr.write("No Chromium found: installing Debian's chromium package with apt-get…\n");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findBrowser()) install();
  const found = findBrowser();
  if (!found) {
    process.stderr.write('Chromium could not be installed: set CHROME_PATH to a Chrome or Chromium binary.\n');
    process.exit(1);
  }
  process.stdout.write(`Browser: ${found}\n`);
}
