'use strict'
// The peer's cold start: a fresh Node.js process whose official client is created at module scope,
// as Elastic's guide says a function's client should be, then the sample's search, once. Prints one
// line with the first hit's name when the answer is in; ColdStartComparison times the process from
// its launch to that line.
//
// Environment: ELASTIC_HOSTS, ELASTIC_API_KEY, ELASTIC_SSL_CAFINGERPRINT (the same variables the
// Java functions read), and NODE_PATH pointing at the node_modules that holds @elastic/elasticsearch.
const { Client } = require('@elastic/elasticsearch')

const client = new Client({
  node: process.env.ELASTIC_HOSTS,
  auth: { apiKey: process.env.ELASTIC_API_KEY },
  // The CA is pinned by its fingerprint, as the Java functions do; the chain is not checked otherwise.
  caFingerprint: process.env.ELASTIC_SSL_CAFINGERPRINT,
  tls: { rejectUnauthorized: false }
})

async function searchCities (text) {
  const response = await client.search({
    index: 'cities',
    size: 10,
    query: { match: { asciiName: { query: text, fuzziness: 'AUTO', operator: 'and' } } }
  })
  return response.hits.hits.map((hit) => hit._source.name)
}

searchCities(process.argv[2] || 'zurch').then((names) => {
  console.log('ANSWERED ' + names[0])
  return client.close()
}, (error) => {
  console.error(error)
  process.exit(1)
})
