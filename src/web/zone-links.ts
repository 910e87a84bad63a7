import { h, options, type ComponentChildren, type VNode } from 'preact';
import { isSitePage, withZone } from '../domain/zone-link.js';

/**
 * Every page link and search form of a page rendered for a visitor whose zone is known carries
 * that zone on, so that no component has to remember to. Preact calls `options.vnode` for each
 * element as it is made, and components make theirs while the page renders, which is
 * synchronous: one module-level zone, set only for the length of a render, is enough.
 * (An element made before the render starts is not seen; pages build theirs inside it.)
 */
let renderingZone: string | null = null;

type Props = Record<string, unknown> & { children?: ComponentChildren };

function hasZoneField(children: ComponentChildren): boolean {
  if (Array.isArray(children)) return children.some((child: ComponentChildren) => hasZoneField(child));
  if (children === null || typeof children !== 'object' || !('type' in children)) return false;
  const props = children.props as Props;
  return (children.type === 'input' && props['name'] === 'tz') || hasZoneField(props.children);
}

function carryZone(vnode: VNode, zone: string): void {
  const props = vnode.props as Props;
  if (vnode.type === 'a' && typeof props['href'] === 'string') {
    props['href'] = withZone(props['href'], zone);
  } else if (vnode.type === 'input' && props['name'] === 'tz' && props['value'] === '') {
    // The search forms' own field, which the browser's script fills when the server cannot.
    props['value'] = zone;
  } else if (vnode.type === 'form' && typeof props['action'] === 'string' && isSitePage(props['action'])) {
    // A GET form replaces the action's query with its fields, so the zone goes in as one of them.
    const method = typeof props['method'] === 'string' ? props['method'].toLowerCase() : 'get';
    if (method === 'get' && !hasZoneField(props.children)) {
      props.children = [props.children, h('input', { type: 'hidden', name: 'tz', value: zone })];
    }
  }
}

// Another hook (preact/debug's, say) keeps running after ours.
const previousHook = options.vnode?.bind(options);
options.vnode = (vnode: VNode) => {
  if (renderingZone !== null) carryZone(vnode, renderingZone);
  previousHook?.(vnode);
};

/** Runs `render` with every page link and form it makes carrying `viewerZone`; with null, as they are. */
export function withViewerZone<T>(viewerZone: string | null, render: () => T): T {
  const outer = renderingZone;
  renderingZone = viewerZone;
  try {
    return render();
  } finally {
    renderingZone = outer;
  }
}
