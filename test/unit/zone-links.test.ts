import { h, type ComponentChildren, type FunctionComponent, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { isSitePage, withZone } from '../../src/domain/zone-link.js';
import { renderDocument } from '../../src/web/render.js';

const LA = 'America/Los_Angeles';
const TZ = 'tz=America%2FLos_Angeles';

describe('withZone: which links carry the zone, and how', () => {
  it('adds tz to a page link with no query, or to its query', () => {
    expect(withZone('/meetings', LA)).toBe(`/meetings?${TZ}`);
    expect(withZone('/', LA)).toBe(`/?${TZ}`);
    expect(withZone('/meetings?attendance=online&status=now', LA)).toBe(`/meetings?attendance=online&status=now&${TZ}`);
    expect(withZone('/meetings?near=Portland%2C+OR', LA)).toBe(`/meetings?near=Portland%2C+OR&${TZ}`);
  });

  it('joins an empty or open-ended query without a stray separator', () => {
    expect(withZone('/meetings?', LA)).toBe(`/meetings?${TZ}`);
    expect(withZone('/meetings?day=2&', LA)).toBe(`/meetings?day=2&${TZ}`);
  });

  it('puts tz before a fragment', () => {
    expect(withZone('/#states', LA)).toBe(`/?${TZ}#states`);
    expect(withZone('/meetings?status=today#results', LA)).toBe(`/meetings?status=today&${TZ}#results`);
  });

  it('leaves a link that names a zone already as it is, even an empty one', () => {
    expect(withZone('/meetings?tz=America%2FChicago', LA)).toBe('/meetings?tz=America%2FChicago');
    expect(withZone('/meetings?near=97201&tz=America/Chicago#x', LA)).toBe('/meetings?near=97201&tz=America/Chicago#x');
    expect(withZone('/meetings?tz=', LA)).toBe('/meetings?tz=');
  });

  it('encodes the zone as a query value', () => {
    expect(withZone('/meetings', 'Etc/GMT+5')).toBe('/meetings?tz=Etc%2FGMT%2B5');
  });

  it('leaves APIs, the BMLT server, assets, feeds and files alone', () => {
    for (const href of [
      '/api/v1/meetings.ics?near=97201',
      '/api/v1/openapi.json',
      '/api/v1/meetings?near=97201',
      '/api',
      '/main_server/client_interface/json/?switcher=GetServerInfo',
      '/assets/near-me.4F2KQ7ZJ.js',
      '/assets/style.css',
      '/meetings/42.ics',
      '/sitemap.xml',
      '/robots.txt',
    ]) {
      expect(withZone(href, LA), href).toBe(href);
    }
  });

  it('leaves links to other sites, other schemes and the same page alone', () => {
    for (const href of [
      'https://example.org/meetings',
      '//example.org/meetings',
      '/\\example.org',
      'tel:988',
      'mailto:?body=x',
      '#main',
      '',
    ]) {
      expect(withZone(href, LA), href).toBe(href);
    }
  });

  it('knows pages by their paths, whatever follows them', () => {
    expect(isSitePage('/apiary')).toBe(true);
    expect(isSitePage('/states/or/portland/print')).toBe(true);
    expect(isSitePage('/meetings/print?near=97201')).toBe(true);
    expect(isSitePage('/meetings?q=a.b')).toBe(true);
    expect(isSitePage('/api/v1/feeds/meeting-guide.json?x=1')).toBe(false);
  });
});

/** A page as a component: the hook sees the elements it makes while it renders. */
function page(children: () => ComponentChildren): VNode {
  const Page: FunctionComponent = () => h('main', null, children());
  return h(Page, {});
}

describe('renderDocument with the visitor’s zone', () => {
  const links = () => [
    h('a', { href: '/meetings' }, 'Find'),
    h('a', { href: '/#states' }, 'States'),
    h('a', { href: '/api/v1/openapi.json' }, 'API'),
    h('a', { href: 'https://example.org/' }, 'Elsewhere'),
  ];

  it('adds tz to every page link it renders, and nothing else', () => {
    const html = renderDocument(page(links), LA);
    expect(html).toContain(`href="/meetings?${TZ}"`);
    expect(html).toContain(`href="/?${TZ}#states"`);
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toContain('href="https://example.org/"');
  });

  it('changes nothing without a zone', () => {
    const html = renderDocument(page(links), null);
    expect(html).not.toContain('tz=');
  });

  it('fills a form’s empty zone field, and gives a form without one a hidden field', () => {
    const html = renderDocument(
      page(() => [
        h(
          'form',
          { action: '/meetings', method: 'get' },
          h('input', { name: 'near' }),
          h('div', null, h('input', { type: 'hidden', name: 'tz', value: '' })),
        ),
        h('form', { action: '/meetings' }, h('input', { name: 'near' })),
        h('form', { action: '/api/v1/meetings' }, h('input', { name: 'near' })),
        h('form', { action: '/meetings', method: 'post' }, h('input', { name: 'near' })),
      ]),
      LA,
    );
    const forms = html.split('<form').slice(1);
    expect(forms[0]).toContain(`name="tz" value="${LA}"`);
    expect(forms[0]!.match(/name="tz"/g)).toHaveLength(1);
    expect(forms[1]).toContain(`<input type="hidden" name="tz" value="${LA}"/>`);
    expect(forms[2]).not.toContain('tz');
    expect(forms[3]).not.toContain('tz');
  });

  it('keeps a zone field a form already has filled', () => {
    const html = renderDocument(
      page(() => h('form', { action: '/meetings' }, h('input', { name: 'tz', value: 'America/Chicago' }))),
      LA,
    );
    expect(html).toContain('value="America/Chicago"');
    expect(html).not.toContain(LA);
  });

  it('forgets the zone after a render, even one that throws', () => {
    expect(() =>
      renderDocument(
        page(() => {
          throw new Error('broken page');
        }),
        LA,
      ),
    ).toThrow('broken page');
    expect(renderDocument(page(links), null)).not.toContain('tz=');
  });
});
