// Run by bin/sdk-check: lists the catalogue's types through Cloudflare's official TypeScript SDK.
'use strict';
const fs = require('fs');
const path = require('path');
const sdk = require(path.join(process.env.SDK_DIR, 'node_modules', 'cloudflare'));
const Cloudflare = sdk.default || sdk.Cloudflare || sdk;

async function all(listing) {
  const page = await listing;
  if (Array.isArray(page)) return page;
  const items = [];
  for await (const item of page) items.push(item);
  return items;
}

async function main() {
  const credentials = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const token = credentials.credentials.find((c) => c.name === 'account-token').token;
  const account_id = credentials.account_id;
  const baseURL = credentials.base_url;
  const client = new Cloudflare({ apiToken: token, baseURL, maxRetries: 2 });
  const zones = await all(client.zones.list({ account: { id: account_id }, per_page: 50 }));
  const distinct = () => new Set();
  const rulesets = distinct();
  const accessRules = distinct();
  const counts = {
    rulesets: 0, ip_access_rules: 0, page_rules: 0, certificate_packs: 0, load_balancers: 0,
    load_balancer_pools: 0, load_balancer_monitors: 0, health_checks: 0, waiting_rooms: 0,
    zone_settings: 0,
  };
  for (const r of await all(client.rulesets.list({ account_id }))) rulesets.add(r.id);
  for (const r of await all(client.firewall.accessRules.list({ account_id, per_page: 1000 }))) {
    accessRules.add(r.id);
  }
  counts.load_balancer_pools = (await all(client.loadBalancers.pools.list({ account_id }))).length;
  counts.load_balancer_monitors =
    (await all(client.loadBalancers.monitors.list({ account_id }))).length;
  for (const zone of zones) {
    const zone_id = zone.id;
    for (const r of await all(client.rulesets.list({ zone_id }))) rulesets.add(r.id);
    for (const r of await all(client.firewall.accessRules.list({ zone_id, per_page: 1000 }))) {
      accessRules.add(r.id);
    }
    counts.page_rules += (await all(client.pageRules.list({ zone_id }))).length;
    counts.certificate_packs +=
      (await all(client.ssl.certificatePacks.list({ zone_id, status: 'all' }))).length;
    counts.load_balancers += (await all(client.loadBalancers.list({ zone_id }))).length;
    counts.health_checks += (await all(client.healthchecks.list({ zone_id, per_page: 1000 }))).length;
    counts.waiting_rooms += (await all(client.waitingRooms.list({ zone_id, per_page: 1000 }))).length;
    // The SDK has no call listing every setting at once; its generic get sends the same request.
    const settings = await client.get(`/zones/${zone_id}/settings`);
    counts.zone_settings += settings.result.length;
  }
  counts.rulesets = rulesets.size;
  counts.ip_access_rules = accessRules.size;
  const state = await (await fetch(baseURL.replace('/client/v4', '/__sim/state'))).json();
  let failed = false;
  const version = require(path.join(process.env.SDK_DIR, 'node_modules', 'cloudflare', 'package.json')).version;
  console.log(`cloudflare (TypeScript SDK) ${version}, ${zones.length} zones`);
  console.log('type'.padEnd(24) + 'sdk'.padStart(8) + 'simulator'.padStart(11));
  for (const [type, count] of Object.entries(counts)) {
    const expected = state.resources[type];
    const ok = count === expected;
    failed = failed || !ok;
    console.log(type.padEnd(24) + String(count).padStart(8) + String(expected).padStart(11) + (ok ? '' : '   MISMATCH'));
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
