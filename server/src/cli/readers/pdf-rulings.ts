// The ruling lines of a PDF page: the borders a word processor draws around table cells.
// Word, WPS and LibreOffice draw them as stroked lines or as thin filled rectangles; both
// come out of pdf.js's operator list as paths. We keep only horizontal and vertical
// segments, in the page's coordinates (the same as the text positions), so that a table's
// cells can be rebuilt from its borders rather than guessed from where text happens to be.

export interface Segment {
  /** 'h': y fixed, from x0 to x1; 'v': x fixed, from y0 to y1 (x0 === x1). */
  dir: 'h' | 'v';
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

/** The operator codes this module needs, from pdf.js's OPS. */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js's path drawing codes inside a constructPath (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this (points) is a border line, not cell shading. */
const THIN = 2.5;
/** Coordinates this close (points) are the same (a slanted stroke is not a border). */
const STRAIGHT = 0.5;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function segment(ax: number, ay: number, bx: number, by: number): Segment | undefined {
  if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) > STRAIGHT) {
    return { dir: 'h', x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2 };
  }
  if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) > STRAIGHT) {
    return { dir: 'v', x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) };
  }
  return undefined;
}

/** A thin filled rectangle (four points) as the line it draws. */
function thinRectangle(points: [number, number][]): Segment | undefined {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) return { dir: 'h', x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) return { dir: 'v', x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  return undefined;
}

function pathData(args: unknown): ArrayLike<number>[] {
  const data = (args as unknown[])[1];
  if (Array.isArray(data)) return data.filter((d): d is ArrayLike<number> => d !== null && typeof d === 'object' && 'length' in d);
  if (data !== null && typeof data === 'object' && 'length' in data) return [data as ArrayLike<number>];
  return [];
}

/** Every horizontal and vertical segment stroked or filled on the page. */
export function rulings(fnArray: readonly number[], argsArray: readonly unknown[], ops: PathOps): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (!stroked && !filled) continue;
      for (const data of pathData(args)) {
        // Subpaths: their points, transformed; a closed four-corner subpath is a rectangle.
        let points: [number, number][] = [];
        const flush = (closed: boolean) => {
          // A fill closes its path on its own.
          if (filled && (points.length === 4 || points.length === 5)) {
            const s = thinRectangle(points.slice(0, 4));
            if (s) out.push(s);
          }
          if (stroked) {
            const ring = closed && points.length > 2 ? [...points, points[0]] : points;
            for (let k = 1; k < ring.length; k++) {
              const s = segment(ring[k - 1][0], ring[k - 1][1], ring[k][0], ring[k][1]);
              if (s) out.push(s);
            }
          }
          points = [];
        };
        for (let k = 0; k < data.length;) {
          const code = data[k];
          if (code === MOVE_TO) {
            if (points.length > 0) flush(false);
            points.push(apply(ctm, data[k + 1], data[k + 2]));
            k += 3;
          } else if (code === LINE_TO) {
            points.push(apply(ctm, data[k + 1], data[k + 2]));
            k += 3;
          } else if (code === CURVE_TO) {
            // A curve is no border: end the subpath here.
            flush(false);
            points.push(apply(ctm, data[k + 5], data[k + 6]));
            k += 7;
          } else if (code === QUADRATIC_TO) {
            flush(false);
            points.push(apply(ctm, data[k + 3], data[k + 4]));
            k += 5;
          } else if (code === CLOSE) {
            flush(true);
            k += 1;
          } else break;
        }
        flush(false);
      }
    }
  }
  return out;
}
