'use strict'
// The official Node.js client's bulk helper with the defaults it has for a Cloud ID (compression
// on, TLS 1.2; helper: flushBytes 5 MB, concurrency 5, retries 3), loading the documents that
// BulkComparison wrote. It parses them once at start-up, then loads them into the index named on
// each stdin line and answers with one JSON line per load, so that it runs warm like the JVM.
//
// Environment: CLOUD_ID, ES_USERNAME, ES_PASSWORD, CA_FILE, DOCS_FILE, LOOPBACK_HOST, and
// NODE_PATH pointing at the node_modules that holds @elastic/elasticsearch.
const dns = require('node:dns')
const fs = require('node:fs')
const readline = require('node:readline')
const tls = require('node:tls')
const { Client } = require('@elastic/elasticsearch')

// The Cloud ID names <es-id>.localhost, which the system resolver does not know: answer it as an
// /etc/hosts entry would (the Java contenders use LoopbackHostNames for the same).
const systemLookup = dns.lookup
dns.lookup = function lookup (host, options, callback) {
  if (host !== process.env.LOOPBACK_HOST) {
    return systemLookup.apply(this, arguments)
  }
  if (typeof options === 'function') {
    callback = options
    options = {}
  }
  if (options != null && options.all) {
    return process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }])
  }
  return process.nextTick(callback, null, '127.0.0.1', 4)
}

const documents = fs.readFileSync(process.env.DOCS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line))

const client = new Client({
  cloud: { id: process.env.CLOUD_ID },
  auth: { username: process.env.ES_USERNAME, password: process.env.ES_PASSWORD },
  tls: {
    ca: fs.readFileSync(process.env.CA_FILE),
    // Node.js refuses a wildcard over two labels (*.localhost, as it would *.com), which the local
    // node's certificate has; check the certificate as issued for localhost, the name it stands for.
    checkServerIdentity: (host, certificate) =>
      tls.checkServerIdentity(host === process.env.LOOPBACK_HOST ? 'localhost' : host, certificate)
  }
})

async function load (index) {
  const started = process.hrtime.bigint()
  const stats = await client.helpers.bulk({
    datasource: documents,
    onDocument: (document) => [{ index: { _index: index, _id: document.id } }, document.source]
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return { succeeded: stats.successful, failed: stats.failed, seconds, bytes: stats.bytes }
}

const lines = readline.createInterface({ input: process.stdin })
lines.on('line', (index) => {
  load(index.trim()).then(
    (result) => process.stdout.write(JSON.stringify(result) + '\n'),
    (error) => process.stdout.write(JSON.stringify({ error: String(error) }) + '\n'))
})
lines.on('close', () => client.close())
process.stdout.write(JSON.stringify({ ready: documents.length }) + '\n')
