import { launchBrowser } from '/work/wt-6/tests/support/browser.ts';
import { serve } from '/work/wt-6/tests/support/serve.ts';
const [dist, out, width, scheme, scroll, ...paths] = process.argv.slice(2);
const server = await serve(dist!);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) === 390 ? 844 : 900 }, colorScheme: scheme as 'light' | 'dark' });
for (const path of paths) {
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate((y) => window.scrollTo(0, y), Number(scroll));
  const name = `${out}/${path.replace(/\W+/g, '_')}-${width}-${scheme}-${scroll}.png`;
  await page.screenshot({ path: name });
  console.log(name);
}
await browser.close(); await server.close();
