/** The curated products: schema, coverage, unambiguous names, lookups and firewall summaries. */
import { describe, expect, it } from 'vitest';
import { loadProducts } from '../../src/knowledge/load-products.js';
import { findProduct, productKeys, summarizeFirewall } from '../../src/knowledge/product.js';
import { ProductSchema } from '../../src/knowledge/product-schema.js';
import { productData } from '../../src/knowledge/products-data.js';

const products = loadProducts();

describe('products data', () => {
  it('passes the schema, entry by entry', () => {
    for (const product of productData() as unknown[]) {
      const parsed = ProductSchema.safeParse(product);
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
  });

  it('rejects a port without a direction, and a backwards range', () => {
    const valid = products[0];
    if (!valid) throw new Error('no products');
    const { direction: _dropped, ...port } = valid.ports[0] ?? { direction: 'inbound' };
    expect(ProductSchema.safeParse({ ...valid, ports: [port] }).success).toBe(false);
    expect(
      ProductSchema.safeParse({
        ...valid,
        ports: [{ port: 10, to: 5, transports: ['tcp'], role: 'backwards', direction: 'inbound' }],
      }).success,
    ).toBe(false);
  });

  it('has at least 60 products with unique ids', () => {
    expect(products.length).toBeGreaterThanOrEqual(60);
    const ids = products.map((product) => product.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('never gives one name to two products', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const product of products) {
      for (const key of productKeys(product)) {
        const other = owner.get(key);
        if (other && other !== product.id) clashes.push(`${key}: ${other} and ${product.id}`);
        owner.set(key, product.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    'kubernetes',
    'active-directory',
    'docker-swarm',
    'kafka',
    'zookeeper',
    'elasticsearch',
    'opensearch',
    'cassandra',
    'consul',
    'nomad',
    'rabbitmq',
    'etcd',
    'nfs',
    'ftp',
    'sip-rtp',
    'ipsec',
    'wireguard',
    'openvpn',
    'mail-server',
    'ldap',
    'minecraft-java',
    'minecraft-bedrock',
    'source-server',
    'steam-client',
    'prometheus-stack',
  ])('has %s', (id) => {
    expect(products.find((product) => product.id === id)).toBeDefined();
  });

  it('describes Kubernetes with its control plane, node and NodePort ports', () => {
    const kubernetes = findProduct('kubernetes');
    const ports = kubernetes?.ports.map((entry) =>
      entry.to ? `${entry.port}-${entry.to}` : String(entry.port),
    );
    expect(ports).toEqual(
      expect.arrayContaining(['6443', '2379-2380', '10250', '10259', '10257', '30000-32767']),
    );
  });

  it('tells where FTP data goes in active and passive mode', () => {
    const ftp = findProduct('ftp');
    expect(ftp?.ports.find((entry) => entry.port === 20)?.direction).toBe('client');
    expect(ftp?.ports.find((entry) => entry.role.includes('passive'))?.direction).toBe('inbound');
  });
});

describe('findProduct', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['k8s', 'kubernetes'],
    ['kubernets', 'kubernetes'],
    ['docker swarm', 'docker-swarm'],
    ['swarm', 'docker-swarm'],
    ['Active Directory', 'active-directory'],
    ['domain controller', 'active-directory'],
    ['kafka', 'kafka'],
    ['zookeper', 'zookeeper'],
    ['elasticsearh', 'elasticsearch'],
    ['OpenSearch', 'opensearch'],
    ['scylladb', 'cassandra'],
    ['consul', 'consul'],
    ['rabbitmqq', 'rabbitmq'],
    ['postfix', 'mail-server'],
    ['openldap', 'ldap'],
    ['bedrock', 'minecraft-bedrock'],
    ['srcds', 'source-server'],
    ['alertmanager', 'prometheus-stack'],
    ['wireguad', 'wireguard'],
    ['strongswan', 'ipsec'],
    ['rpcbind', 'nfs'],
  ])('%s → %s', (name, id) => {
    expect(findProduct(name)?.id).toBe(id);
  });

  it.each(['version', 'data', 'privacy', 'eighty', 'server', 'port', 'zzqxv', ''])(
    'finds nothing for %j',
    (word) => {
      expect(findProduct(word)).toBeUndefined();
    },
  );
});

describe('summarizeFirewall', () => {
  it.each([
    ['docker swarm', 'tcp 2377, 7946; udp 7946, 4789'],
    ['wireguard', 'udp 51820'],
    ['elasticsearch', 'tcp 9200, 9300'],
    ['ipsec', 'udp 500, 4500'],
  ])('%s: %s', (name, summary) => {
    const product = findProduct(name);
    if (!product) throw new Error(`no ${name}`);
    expect(summarizeFirewall(product)).toBe(summary);
  });

  it('leaves client-side ports out unless asked', () => {
    const ftp = findProduct('ftp');
    if (!ftp) throw new Error('no ftp');
    expect(summarizeFirewall(ftp)).toBe('tcp 21, 50000-51000');
    expect(summarizeFirewall(ftp, ['client'])).toBe('tcp 20');
  });
});
