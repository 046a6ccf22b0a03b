// Plane geometry for routing the graph's edges: clipping at a group's border, midpoints, routes around boxes.
import type { Box, Point } from './layoutTypes';

export const inside = (p: Point, b: Box) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

/** Where the segment from `a` (inside `b`) to `c` (outside) crosses the border of `b`. */
function crossing(a: Point, c: Point, b: Box): Point {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = { x: a.x + (c.x - a.x) * mid, y: a.y + (c.y - a.y) * mid };
    if (inside(p, b)) lo = mid;
    else hi = mid;
  }
  return { x: a.x + (c.x - a.x) * hi, y: a.y + (c.y - a.y) * hi };
}

/** Cuts the part of a polyline that runs inside the source group (start) or target group (end). */
export function clipStart(points: Point[], box: Box): Point[] {
  for (let i = points.length - 2; i >= 0; i--) {
    const a = points[i]!;
    const c = points[i + 1]!;
    if (inside(a, box) && !inside(c, box)) return [crossing(a, c, box), ...points.slice(i + 1)];
  }
  return points;
}
export function clipEnd(points: Point[], box: Box): Point[] {
  const reversed = clipStart([...points].reverse(), box);
  return reversed.reverse();
}

export function midpoint(points: Point[]): Point {
  const segs = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let half = segs.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < segs.length; i++) {
    const len = segs[i]!;
    if (half <= len && len > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + ((b.x - a.x) * half) / len, y: a.y + ((b.y - a.y) * half) / len };
    }
    half -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** A simple route between two boxes, for edges left out of dagre: leave below (or above), enter above (or below). */
export function routeAround(a: Box, b: Box): Point[] {
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  if (b.y >= a.y + a.height) {
    const start = { x: ax, y: a.y + a.height };
    const end = { x: bx, y: b.y };
    const midY = (start.y + end.y) / 2;
    return [start, { x: ax, y: midY }, { x: bx, y: midY }, end];
  }
  if (a.y >= b.y + b.height) {
    const start = { x: ax, y: a.y };
    const end = { x: bx, y: b.y + b.height };
    const midY = (start.y + end.y) / 2;
    return [start, { x: ax, y: midY }, { x: bx, y: midY }, end];
  }
  // Side by side (or nested): leave from the side facing the other box.
  const right = bx >= ax;
  const start = { x: right ? a.x + a.width : a.x, y: a.y + a.height / 2 };
  const end = { x: right ? b.x : b.x + b.width, y: b.y + b.height / 2 };
  const midX = (start.x + end.x) / 2;
  return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
}
