/**
 * Makes sure the command-line tools of the poster tests are there: `pdftoppm`
 * (Debian's poppler-utils) renders Chromium's PDF pages to PNG so that their QR
 * codes can be decoded. As root on Debian it installs the package with apt-get
 * when missing; otherwise it stops with one line saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools: { command: string; debianPackage: string }[] = [{ command: 'pdftoppm', debianPackage: 'poppler-utils' }];

/** True when `command` runs from the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = tools.filter((tool) => !hasCommand(tool.command));
  if (missing.length) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const names = missing.map((tool) => tool.debianPackage);
    if (!root || !existsSync('/etc/debian_version')) {
      process.stderr.write(
        `Missing ${missing.map((t) => t.command).join(', ')}: install ${names.join(' ')} (Debian/Ubuntu: sudo apt-get install ${names.join(' ')}).\n`,
      );
      process.exit(1);
    }
    process.stderr.write(`Installing ${names.join(' ')} with apt-get…\n`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  process.stdout.write(`Tools: ${tools.map((t) => t.command).join(', ')}\n`);
}
