// Drives case-service's Open311 GeoReport v2 with the published client (node-open311) and prints what it read as JSON.
//   node georeport-client.js submit <base url> <jurisdiction> <api key>
//   node georeport-client.js reread <base url> <jurisdiction> <api key> <service_request_id>
'use strict';
const Open311 = require('open311');

const [step, base, jurisdiction, apiKey, serviceRequestId] = process.argv.slice(2);

// The client calls back (error, data); an error is a status code or true, with its message as data.
function call(method, ...args) {
  return new Promise((resolve, reject) => {
    method(...args, (error, data) => (error ? reject(new Error(String(error) + ': ' + data)) : resolve(data)));
  });
}

async function discovered() {
  const client = new Open311({ discovery: base + '/open311/v2/discovery.json', jurisdiction, apiKey, format: 'json' });
  // The client sends api_key with a POST only; GeoReport v2 lets a server ask for it on reads, and ours does (a
  // community's requests are its own). Every read of the client goes through _get, so the key is added there.
  const get = client._get;
  client._get = function (path, params, callback) {
    if (typeof params === 'function') {
      callback = params;
      params = {};
    }
    return get.call(this, path, Object.assign({ api_key: apiKey }, params), callback);
  };
  const discovery = await call(client.serviceDiscovery.bind(client), { cache: true });
  return { client, discovery };
}

async function submit() {
  const { client, discovery } = await discovered();
  const services = await call(client.serviceList.bind(client));
  const definition = await call(client.serviceDefinition.bind(client), 'WATER_DRAINAGE');
  const before = new Date(Date.now() - 60 * 1000).toISOString();
  const submitted = await call(client.submitRequest.bind(client), {
    // The client puts jurisdiction_id in the query string only; GeoReport v2 has it among the posted fields.
    jurisdiction_id: jurisdiction,
    service_code: 'WATER_DRAINAGE',
    description: '3号楼下水道堵塞，污水外溢',
    lat: 32.0603,
    long: 118.7969,
    address_string: '鼓楼小区3号楼东侧',
    first_name: '建国',
    last_name: '王',
    media_url: 'https://example.org/photos/drain.jpg',
    attributes: { sewage_overflow: 'yes', households_affected: '6', blocked_at: ['kitchen', 'outdoors'] },
  });
  const id = submitted[0].service_request_id;
  const request = await call(client.serviceRequest.bind(client), id);
  const token = await call(client.token.bind(client), submitted[0].token);
  const after = new Date(Date.now() + 60 * 1000).toISOString();
  const open = await call(client.serviceRequests.bind(client), { start_date: before, end_date: after, status: 'open' });
  const closed = await call(client.serviceRequests.bind(client), {
    start_date: before,
    end_date: after,
    status: 'closed',
  });
  const earlier = await call(client.serviceRequests.bind(client), {
    start_date: new Date(Date.now() - 3 * 86400 * 1000).toISOString(),
    end_date: before,
  });
  return {
    endpoint: client.endpoint,
    format: client.format,
    discovery,
    services,
    definition,
    submitted,
    request,
    token,
    open: open.map((r) => r.service_request_id),
    closed: closed.map((r) => r.service_request_id),
    earlier: earlier.map((r) => r.service_request_id),
  };
}

async function reread() {
  const { client } = await discovered();
  const request = await call(client.serviceRequest.bind(client), serviceRequestId);
  const closed = await call(client.serviceRequests.bind(client), { status: 'closed' });
  // The client has no method for the updates extension; its own _get reaches it the way it reaches the others.
  const updates = JSON.parse(await call(client._get.bind(client), 'servicerequestupdates', {}));
  return { request, closed: closed.map((r) => r.service_request_id), updates };
}

(step === 'submit' ? submit() : reread())
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error) => {
    process.stderr.write(error.stack + '\n');
    process.exit(1);
  });
