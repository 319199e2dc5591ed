// The network's layout, the same for the same nodes and edges on every run: every node
// starts at a place derived from its name (not from Math.random), the simulation draws
// its jitter from a seeded generator, and it runs a fixed number of ticks at once
// (no animation whose end depends on timing).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import { fnv1a } from '../../core/text/fnv1a';
import { seededRandom } from '../../core/text/seeded-random';

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

const TICKS = 300;

/** Positions in a unit-free plane centred on 0; the caller scales them to the picture. */
/** `room`: how far apart a node keeps from others (its label's half width). */
export function layoutNetwork(ids: readonly string[], edges: ReadonlyArray<{ source: string; target: string; weight: number }>, room: (id: string) => number = () => 28): LayoutNode[] {
  const sorted = [...ids].sort();
  const nodes: SimNode[] = sorted.map((id) => {
    const h = fnv1a(id);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = 50 + ((h >>> 16) / 0x10000) * 150;
    return { id, x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(fnv1a(sorted.join('\u0000'))))
    .force('link', forceLink<SimNode, (typeof links)[number]>(links).id((n) => n.id).distance((l) => 40 + (room((l.source as SimNode).id) + room((l.target as SimNode).id)) * 0.6).strength((l) => 0.2 + 0.6 * (l.weight / maxWeight)))
    .force('charge', forceManyBody().strength(-200))
    .force('collide', forceCollide<SimNode>((n) => room(n.id)).strength(0.9).iterations(2))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.09))
    .stop();
  simulation.tick(TICKS);
  return nodes.map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0 }));
}
