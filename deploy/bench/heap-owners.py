#!/usr/bin/env python3
"""heap-owners.py - who owns the live heap in a Java HPROF dump (Python 3, standard library only).

Usage: python3 deploy/bench/heap-owners.py <file.hprof> [prefix]      (prefix default dev.commandcenter.)

Make the dump of a running command center with `jcmd <pid> GC.heap_dump <file.hprof>` (live objects
only); docs/benchmarks.md has the figures this produced. About 9x the dump's size in memory.

Parses STRING / LOAD CLASS / HEAP DUMP (SEGMENT) records, builds the object
reference graph, computes the dominator tree (Lengauer-Tarjan, simple version
with path compression) from a virtual super-root that points to every GC root
and every class object, and reports retained sizes grouped by the outermost
application-prefixed owners.

Shallow sizes (as in a JVM with compressed oops / class pointers):
  instance       = HDR + sum(field sizes, object refs = 4 bytes), rounded up to 8
                   (HDR = 12 by default, HotSpot's header with compressed class pointers,
                   as jcmd GC.class_histogram counts; env HPROF_INSTANCE_HEADER)
  object array   = 16 + 4*length, rounded up to 8
  primitive arr  = 16 + elemsize*length, rounded up to 8
  class object   = java.lang.Class instance size (same formula) + static field bytes
Class objects have edges to their static object fields, constant-pool objects,
class loader, signers and protection domain.

If the dominator computation exceeds HPROF_DOM_BUDGET seconds (default 300), the
script falls back to attributing every object to its BFS parent chain.
"""
import os
import struct
import sys
import time
from array import array
from collections import defaultdict

T0 = time.time()
MB = 1024.0 * 1024.0
INSTANCE_HEADER = int(os.environ.get("HPROF_INSTANCE_HEADER", "12"))
DOM_BUDGET = float(os.environ.get("HPROF_DOM_BUDGET", "300"))


def log(msg):
    print("[%7.1fs] %s" % (time.time() - T0, msg), file=sys.stderr, flush=True)


def r8(x):
    return (x + 7) & ~7


# hprof basic types
T_OBJ = 2
PRIM_SIZE = {4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PRIM_ARRAY_NAME = {4: "boolean[]", 5: "char[]", 6: "float[]", 7: "double[]",
                   8: "byte[]", 9: "short[]", 10: "int[]", 11: "long[]"}
SIG_PRIM = {"B": "byte", "C": "char", "D": "double", "F": "float", "I": "int",
            "J": "long", "S": "short", "Z": "boolean"}


def java_name(s):
    s = s.replace("/", ".")
    dims = 0
    while s.startswith("["):
        dims += 1
        s = s[1:]
    if not dims:
        return s
    if s.startswith("L") and s.endswith(";"):
        base = s[1:-1]
    else:
        base = SIG_PRIM.get(s, s)
    return base + "[]" * dims


class Heap:
    pass


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------
def parse(path):
    with open(path, "rb") as f:
        data = f.read()
    z = data.index(b"\0")
    fmt = data[:z].decode("ascii", "replace")
    idsize = struct.unpack_from(">I", data, z + 1)[0]
    if idsize not in (4, 8):
        raise SystemExit("unsupported identifier size %d" % idsize)
    ID = "Q" if idsize == 8 else "I"
    pos = z + 1 + 4 + 8
    n = len(data)
    log("read %s: %s, id size %d, %.1f MB" % (path, fmt, idsize, n / MB))

    unpack_from = struct.unpack_from
    S_ID = struct.Struct(">" + ID)
    S_REC = struct.Struct(">BII")
    S_INST = struct.Struct(">" + ID + "I" + ID + "I")
    S_OARR = struct.Struct(">" + ID + "II" + ID)
    S_PARR = struct.Struct(">" + ID + "IIB")
    S_CLS = struct.Struct(">" + ID + "I" + ID * 6 + "I")
    S_U2 = struct.Struct(">H")
    S_FLD = struct.Struct(">" + ID + "B")
    u_id = S_ID.unpack_from
    u_inst = S_INST.unpack_from
    u_oarr = S_OARR.unpack_from
    u_parr = S_PARR.unpack_from
    u_u2 = S_U2.unpack_from
    u_fld = S_FLD.unpack_from
    fsize = dict(PRIM_SIZE)
    fsize[T_OBJ] = idsize

    strings = {}          # string id -> str
    load_class = {}       # class obj id -> name string id
    # node tables (index 0 = virtual super-root)
    index = {}            # object id -> node index
    ids = [0]
    cls = [0]             # class table index per node
    size = [0]
    offs = [0]            # file offset of record payload (after the object header fields)
    kind = bytearray(b"R")  # R root, I instance, O objarray, P primarray, C class
    starts = [0]
    cnts = [0]
    raw = array(ID)       # edge targets (object ids, may contain 0)
    roots = []            # (object id, root type)
    cinfo = {}            # class id -> (super, [(name sid, type)], statics [(name sid, type, value)], node)
    class_nodes = []
    deferred = []         # (node, payload offset, class id, nbytes)
    # class table
    cnames = ["<super-root>"]
    cname_idx = {"<super-root>": 0}

    def cidx(name):
        i = cname_idx.get(name)
        if i is None:
            i = cname_idx[name] = len(cnames)
            cnames.append(name)
        return i

    prim_cls = {t: cidx(nm) for t, nm in PRIM_ARRAY_NAME.items()}
    cls_of_classid = {}   # class id -> class table index (by name)
    layouts = {}          # class id -> (Struct or None, nrefs, shallow, clsidx, filebytes)
    oarr_structs = {}
    stats = defaultdict(int)

    def class_name(cid):
        sid = load_class.get(cid)
        if sid is None:
            return "<unknown class 0x%x>" % cid
        return java_name(strings.get(sid, "<?>"))

    def class_table_index(cid):
        i = cls_of_classid.get(cid)
        if i is None:
            i = cls_of_classid[cid] = cidx(class_name(cid))
        return i

    def layout(cid):
        lay = layouts.get(cid)
        if lay is not None:
            return lay
        fields = []
        c = cid
        while c:
            ci = cinfo.get(c)
            if ci is None:
                return None
            fields.extend(ci[1])
            c = ci[0]
        fmtparts = []
        pad = 0
        nrefs = 0
        heapbytes = 0
        filebytes = 0
        refnames = []
        for name, t in fields:
            if t == T_OBJ:
                if pad:
                    fmtparts.append("%dx" % pad)
                    pad = 0
                fmtparts.append(ID)
                nrefs += 1
                heapbytes += 4
                filebytes += idsize
                refnames.append(name)
            else:
                s = PRIM_SIZE[t]
                pad += s
                heapbytes += s
                filebytes += s
        st = struct.Struct(">" + "".join(fmtparts)) if nrefs else None
        lay = (st, nrefs, r8(INSTANCE_HEADER + heapbytes), class_table_index(cid), filebytes, refnames)
        layouts[cid] = lay
        return lay

    def parse_heap(p, end):
        # local bindings for speed
        raw_extend = raw.extend
        ids_a = ids.append
        cls_a = cls.append
        size_a = size.append
        offs_a = offs.append
        kind_a = kind.append
        starts_a = starts.append
        cnts_a = cnts.append
        roots_a = roots.append
        while p < end:
            t = data[p]
            p += 1
            if t == 0x21:  # INSTANCE DUMP
                oid, _, cid, nb = u_inst(data, p)
                p += 8 + 2 * idsize
                lay = layouts.get(cid) or layout(cid)
                node = len(ids)
                index[oid] = node
                ids_a(oid)
                offs_a(p)
                kind_a(73)
                if lay is None:
                    deferred.append((node, p, cid, nb))
                    cls_a(0)
                    size_a(0)
                    starts_a(0)
                    cnts_a(0)
                else:
                    cls_a(lay[3])
                    size_a(lay[2])
                    starts_a(len(raw))
                    if lay[1]:
                        raw_extend(lay[0].unpack_from(data, p))
                    cnts_a(lay[1])
                    if lay[4] != nb:
                        stats["instance length mismatch"] += 1
                p += nb
            elif t == 0x23:  # PRIMITIVE ARRAY DUMP
                oid, _, num, et = u_parr(data, p)
                p += idsize + 9
                node = len(ids)
                index[oid] = node
                ids_a(oid)
                offs_a(p)
                kind_a(80)
                es = PRIM_SIZE[et]
                cls_a(prim_cls[et])
                size_a(r8(16 + es * num))
                starts_a(0)
                cnts_a(0)
                p += es * num
            elif t == 0x22:  # OBJECT ARRAY DUMP
                oid, _, num, acid = u_oarr(data, p)
                p += 2 * idsize + 8
                node = len(ids)
                index[oid] = node
                ids_a(oid)
                offs_a(p)
                kind_a(79)
                ci = cls_of_classid.get(acid)
                if ci is None:
                    ci = class_table_index(acid)
                cls_a(ci)
                size_a(r8(16 + 4 * num))
                starts_a(len(raw))
                cnts_a(num)
                if num:
                    st = oarr_structs.get(num)
                    if st is None:
                        st = struct.Struct(">%d%s" % (num, ID))
                        if num <= 4096:
                            oarr_structs[num] = st
                    raw_extend(st.unpack_from(data, p))
                p += idsize * num
            elif t == 0x20:  # CLASS DUMP
                cid, _, sup, loader, signers, pdom, _r1, _r2, _isz = S_CLS.unpack_from(data, p)
                p += 7 * idsize + 8
                refs = []
                refnames = []
                for extra, nm in ((loader, "<classloader>"), (signers, "<signers>"), (pdom, "<protection domain>")):
                    if extra:
                        refs.append(extra)
                        refnames.append(nm)
                ncp = u_u2(data, p)[0]
                p += 2
                for _ in range(ncp):
                    ty = data[p + 2]
                    p += 3
                    if ty == T_OBJ:
                        v = u_id(data, p)[0]
                        if v:
                            refs.append(v)
                            refnames.append("<constant pool>")
                    p += fsize[ty]
                nst = u_u2(data, p)[0]
                p += 2
                sbytes = 0
                statics = []
                for _ in range(nst):
                    nm, ty = u_fld(data, p)
                    p += idsize + 1
                    if ty == T_OBJ:
                        v = u_id(data, p)[0]
                        sbytes += 4
                        if v:
                            refs.append(v)
                            refnames.append(nm)
                    else:
                        sbytes += PRIM_SIZE[ty]
                    p += fsize[ty]
                nif = u_u2(data, p)[0]
                p += 2
                ifields = []
                for _ in range(nif):
                    nm, ty = u_fld(data, p)
                    p += idsize + 1
                    ifields.append((nm, ty))
                node = len(ids)
                index[cid] = node
                ids_a(cid)
                offs_a(0)
                kind_a(67)
                cls_a(0)           # fixed up later (java.lang.Class)
                size_a(sbytes)     # fixed up later (+ java.lang.Class instance size)
                starts_a(len(raw))
                cnts_a(len(refs))
                raw_extend(refs)
                cinfo[cid] = (sup, ifields, refnames, node)
                class_nodes.append(node)
            # ---- GC roots
            elif t == 0xFF or t == 0x05 or t == 0x07 or (0x89 <= t <= 0x8D) or t == 0x90:
                roots_a((u_id(data, p)[0], t))
                p += idsize
            elif t == 0x01:
                roots_a((u_id(data, p)[0], t))
                p += 2 * idsize
            elif t == 0x02 or t == 0x03 or t == 0x08 or t == 0x8E:
                roots_a((u_id(data, p)[0], t))
                p += idsize + 8
            elif t == 0x04 or t == 0x06:
                roots_a((u_id(data, p)[0], t))
                p += idsize + 4
            elif t == 0xFE:  # android HEAP DUMP INFO
                p += 4 + idsize
            elif t == 0xC3:  # android PRIMITIVE ARRAY NODATA
                p += idsize + 9
            else:
                raise SystemExit("unknown heap sub-record 0x%02x at offset %d" % (t, p - 1))
        if p != end:
            raise SystemExit("heap dump segment overrun at %d (end %d)" % (p, end))

    u_rec = S_REC.unpack_from
    nseg = 0
    while pos + 9 <= n:
        tag, _, length = u_rec(data, pos)
        pos += 9
        end = pos + length
        if tag == 0x01:
            strings[u_id(data, pos)[0]] = data[pos + idsize:end].decode("utf-8", "replace")
        elif tag == 0x02:
            _, cid, _, sid = unpack_from(">I" + ID + "I" + ID, data, pos)
            load_class[cid] = sid
        elif tag == 0x0C or tag == 0x1C:
            nseg += 1
            parse_heap(pos, end)
        pos = end
    log("parsed %d heap segments: %d objects, %d classes, %d edge slots, %d roots"
        % (nseg, len(ids) - 1, len(class_nodes), len(raw), len(roots)))

    # deferred instances (class dump appeared after the instance)
    for node, p, cid, nb in deferred:
        lay = layout(cid)
        if lay is None:
            stats["instances of unknown class"] += 1
            cls[node] = class_table_index(cid)
            size[node] = r8(INSTANCE_HEADER + nb)
            continue
        cls[node] = lay[3]
        size[node] = lay[2]
        starts[node] = len(raw)
        if lay[1]:
            raw.extend(lay[0].unpack_from(data, p))
        cnts[node] = lay[1]

    # class objects: java.lang.Class instance size + statics
    jlc_cid = None
    for cid, sid in load_class.items():
        if strings.get(sid) == "java/lang/Class":
            jlc_cid = cid
            break
    jlc_size = INSTANCE_HEADER
    if jlc_cid is not None and layout(jlc_cid) is not None:
        jlc_size = layout(jlc_cid)[2]
    jlc_idx = cidx("java.lang.Class")
    classobj_name = {}
    for cid, ci in cinfo.items():
        node = ci[3]
        cls[node] = jlc_idx
        size[node] = r8(jlc_size + size[node])
        classobj_name[node] = class_name(cid)

    # super-root edges: all GC roots + all class objects
    root_ids = []
    seen = set()
    rootkind = {}
    for oid, t in roots:
        if oid not in seen:
            seen.add(oid)
            root_ids.append(oid)
            rootkind[oid] = t
    starts[0] = len(raw)
    raw.extend(root_ids)
    for node in class_nodes:
        raw.append(ids[node])
    cnts[0] = len(raw) - starts[0]

    log("mapping %d edge slots to node indices" % len(raw))
    succ = list(map(index.get, raw))
    del raw
    h = Heap()
    h.data, h.idsize, h.ID, h.strings = data, idsize, ID, strings
    h.index, h.ids, h.cls, h.size, h.offs, h.kind = index, ids, cls, size, offs, kind
    h.starts, h.cnts, h.succ = starts, cnts, succ
    h.cnames, h.cinfo, h.layout, h.classobj_name = cnames, cinfo, layout, classobj_name
    h.rootkind, h.stats, h.nroots = rootkind, stats, len(root_ids)
    h.node_cid = {}  # instance node -> class id (lazy, for field names)
    return h


# --------------------------------------------------------------------------
# dominators
# --------------------------------------------------------------------------
def dfs(h):
    """Iterative DFS from the super-root; returns (vertex, parent, preds, num)."""
    starts, cnts, succ = h.starts, h.cnts, h.succ
    N = len(starts)
    num = [0] * N                   # dfs number + 1 (0 = unvisited)
    preds = [None] * N              # node -> list of dfs numbers of predecessors
    vertex = [0]
    parent = [-1]
    num[0] = 1
    sv = [0]
    si = [starts[0]]
    se = [starts[0] + cnts[0]]
    vappend = vertex.append
    pappend = parent.append
    while sv:
        v = sv[-1]
        i = si[-1]
        e = se[-1]
        dv = num[v] - 1
        w = -1
        while i < e:
            x = succ[i]
            i += 1
            if x is not None:
                pl = preds[x]
                if pl is None:
                    preds[x] = [dv]
                else:
                    pl.append(dv)
                if not num[x]:
                    w = x
                    break
        if w < 0:
            sv.pop()
            si.pop()
            se.pop()
            continue
        si[-1] = i
        num[w] = len(vertex) + 1
        pappend(dv)
        vappend(w)
        sv.append(w)
        s = starts[w]
        si.append(s)
        se.append(s + cnts[w])
    return vertex, parent, preds, num


def lengauer_tarjan(vertex, parent, preds, deadline):
    n = len(vertex)
    semi = list(range(n))
    label = list(range(n))
    anc = [-1] * n
    idom = [0] * n
    head = [-1] * n
    nxt = [-1] * n

    def compress(v):
        stack = []
        x = v
        while anc[anc[x]] != -1:
            stack.append(x)
            x = anc[x]
        while stack:
            y = stack.pop()
            a = anc[y]
            if semi[label[a]] < semi[label[y]]:
                label[y] = label[a]
            anc[y] = anc[a]

    for w in range(n - 1, 0, -1):
        if not (w & 0xFFFF) and time.time() > deadline:
            return None
        sw = w
        for v in preds[vertex[w]]:
            a = anc[v]
            if a == -1:
                su = semi[v]
            else:
                if anc[a] != -1:
                    compress(v)
                su = semi[label[v]]
            if su < sw:
                sw = su
        semi[w] = sw
        nxt[w] = head[sw]
        head[sw] = w
        p = parent[w]
        anc[w] = p
        v = head[p]
        while v != -1:
            a = anc[v]
            if a == -1:
                u = v
            else:
                if anc[a] != -1:
                    compress(v)
                u = label[v]
            idom[v] = u if semi[u] < semi[v] else p
            v = nxt[v]
        head[p] = -1
    for w in range(1, n):
        if idom[w] != semi[w]:
            idom[w] = idom[idom[w]]
    idom[0] = -1
    return idom


def bfs_tree(h, num):
    """Fallback: BFS spanning tree, expressed in dfs-number space. Returns (order, parent)."""
    starts, cnts, succ = h.starts, h.cnts, h.succ
    seen = bytearray(len(starts))
    seen[0] = 1
    order = [0]
    par = {0: -1}
    i = 0
    while i < len(order):
        v = order[i]
        i += 1
        s = starts[v]
        for x in succ[s:s + cnts[v]]:
            if x is not None and not seen[x]:
                seen[x] = 1
                par[x] = v
                order.append(x)
    return order, par


# --------------------------------------------------------------------------
# naming helpers
# --------------------------------------------------------------------------
def node_label(h, node):
    if h.kind[node] == 67:
        return "class " + h.classobj_name.get(node, "?")
    return h.cnames[h.cls[node]]


def short(name):
    """abbreviate package segments: java.util.concurrent.Foo$Bar -> j.u.c.Foo$Bar"""
    suffix = ""
    if name.startswith("class "):
        suffix = " (statics)"
        name = name[6:]
    parts = name.split(".")
    return ".".join([p[:1] for p in parts[:-1]] + [parts[-1]]) + suffix


def simple(name):
    suffix = ""
    if name.startswith("class "):
        name = name[6:]
        suffix = "(statics)"
    return name.rsplit(".", 1)[-1] + suffix


def instance_class_id(h, node):
    # find the class id of an instance by re-reading its record header
    idsize = h.idsize
    p = h.offs[node] - 4 - idsize
    return struct.unpack_from(">" + h.ID, h.data, p)[0]


def ref_name(h, pnode, cnode):
    """Name of the reference from pnode to cnode (field / [index] / static); None if not direct."""
    target = h.ids[cnode]
    k = h.kind[pnode]
    if k == 73:
        cid = instance_class_id(h, pnode)
        lay = h.layout(cid)
        if lay is None or not lay[1]:
            return None
        vals = lay[0].unpack_from(h.data, h.offs[pnode])
        for v, nm in zip(vals, lay[5]):
            if v == target:
                return h.strings.get(nm, "?")
        return None
    if k == 79:
        s, c = h.starts[pnode], h.cnts[pnode]
        for j in range(c):
            if h.succ[s + j] == cnode:
                return "[%d]" % j
        return None
    if k == 67:
        for cid, ci in h.cinfo.items():
            if ci[3] == pnode:
                s = h.starts[pnode]
                for j, nm in enumerate(ci[2]):
                    if h.succ[s + j] == cnode:
                        return nm if isinstance(nm, str) else h.strings.get(nm, "?")
        return None
    if k == 82:
        return "<gc root %s>" % ROOT_NAMES.get(h.rootkind.get(target), "?") if target in h.rootkind else None
    return None


ROOT_NAMES = {0xFF: "unknown", 0x01: "jni global", 0x02: "jni local", 0x03: "java frame",
              0x04: "native stack", 0x05: "sticky class", 0x06: "thread block",
              0x07: "monitor used", 0x08: "thread object"}


# --------------------------------------------------------------------------
def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else "dev.commandcenter."
    h = parse(path)
    N = len(h.ids)
    t_parse = time.time() - T0

    t1 = time.time()
    vertex, parent, preds, num = dfs(h)
    n = len(vertex)
    log("dfs: %d reachable of %d objects" % (n - 1, N - 1))
    idom = lengauer_tarjan(vertex, parent, preds, time.time() + DOM_BUDGET)
    del preds
    method = "dominator tree (Lengauer-Tarjan)"
    if idom is None:
        log("dominator tree exceeded %.0fs budget, falling back to BFS spanning tree" % DOM_BUDGET)
        method = "BFS SPANNING TREE FALLBACK (dominator tree too slow) - sizes are BFS-parent-chain attributions"
        order, par = bfs_tree(h, num)
        # renumber by BFS order so that parent number < child number
        vertex = order
        pos = {v: i for i, v in enumerate(order)}
        idom = [-1] + [pos[par[v]] for v in order[1:]]
        n = len(vertex)
    t_dom = time.time() - t1
    log("%s computed in %.1fs" % (method, t_dom))

    # per-dfs-number arrays
    size, cls, kind = h.size, h.cls, h.kind
    sh = [size[v] for v in vertex]
    ret = sh[:]
    for w in range(n - 1, 0, -1):
        ret[idom[w]] += ret[w]
    reach_sum = sum(sh)
    total = ret[0]
    all_sum = sum(size)

    # application flags per class-table entry / class object
    capp = [nm.startswith(prefix) for nm in h.cnames]
    isapp = bytearray(n)
    for b in range(1, n):
        v = vertex[b]
        if kind[v] == 67:
            isapp[b] = h.classobj_name.get(v, "").startswith(prefix)
        else:
            isapp[b] = capp[cls[v]]
    near = [-1] * n       # nearest strict app dominator
    outer = [-1] * n      # outermost app dominator (incl. self)
    top = [0] * n         # child of super-root above b
    for b in range(1, n):
        d = idom[b]
        if d == 0:
            top[b] = b
            near[b] = -1
        else:
            top[b] = top[d]
            near[b] = d if isapp[d] else near[d]
        od = outer[d] if d > 0 else -1
        outer[b] = od if od != -1 else (b if isapp[b] else -1)

    def lab(b):
        return node_label(h, vertex[b]) if b >= 0 else "(no app dominator)"

    out = []
    P = out.append
    P("=" * 100)
    P("HPROF owners report: %s   prefix=%s" % (path, prefix))
    P("method: %s" % method)
    P("objects in dump: %d (%.1f MB shallow), reachable from roots: %d (%.1f MB), GC roots: %d, classes: %d"
      % (N - 1, all_sum / MB, n - 1, reach_sum / MB, h.nroots, len(h.cinfo)))
    P("sizes: instance=%d+fields(ref=4) r8, obj[]=16+4n r8, prim[]=16+es*n r8; class obj=Class instance+statics"
      % INSTANCE_HEADER)
    for k, v in sorted(h.stats.items()):
        P("note: %s: %d" % (k, v))
    P("TOTAL LIVE HEAP (retained by super-root): %.2f MB = %d bytes; sum of reachable shallow = %d bytes -> %s"
      % (total / MB, total, reach_sum, "OK" if total == reach_sum else "MISMATCH"))

    # ---- (a) outermost application owners
    owners = [b for b in range(1, n) if isapp[b] and near[b] == -1]
    owners.sort(key=lambda b: -ret[b])
    app_total = sum(ret[b] for b in owners)
    top40 = owners[:40]
    tset = set(top40)
    brk = defaultdict(lambda: defaultdict(int))
    for b in range(1, n):
        o = outer[b]
        if o in tset:
            brk[o][lab(b)] += sh[b]
    P("")
    P("(a) TOP 40 OUTERMOST APPLICATION OWNERS by retained size  (%d outermost owners retain %.2f MB = %.1f%% of live heap)"
      % (len(owners), app_total / MB, 100.0 * app_total / max(total, 1)))
    P("    rank  retained MB  class [via field from immediate dominator]")
    for i, b in enumerate(top40, 1):
        d = idom[b]
        via = ""
        if d > 0:
            fn = ref_name(h, vertex[d], vertex[b])
            via = "  [%s.%s]" % (simple(lab(d)), fn if fn else "~")
        P("    %3d %10.2f  %s%s" % (i, ret[b] / MB, lab(b), via))
        items = sorted(brk[b].items(), key=lambda kv: -kv[1])[:6]
        P("                 " + ", ".join("%s %.2f" % (short(k), v / MB) for k, v in items))

    # ---- (b) grouped by class
    grp = defaultdict(lambda: [0, 0])
    for b in owners:
        g = grp[lab(b)]
        g[0] += 1
        g[1] += ret[b]
    P("")
    P("(b) OUTERMOST APPLICATION OWNERS GROUPED BY CLASS (top 30 of %d classes)" % len(grp))
    P("    %8s %11s  class" % ("count", "retained MB"))
    gl = sorted(grp.items(), key=lambda kv: -kv[1][1])
    for k, (c, r) in gl[:30]:
        P("    %8d %11.2f  %s" % (c, r / MB, k))
    if len(gl) > 30:
        P("    %8d %11.2f  (%d other classes)" % (sum(c for _, (c, _r) in gl[30:]),
                                                 sum(r for _, (_c, r) in gl[30:]) / MB, len(gl) - 30))

    # ---- (c) collections > 1 MB
    coll_names = {"java.util.concurrent.ConcurrentHashMap", "java.util.TreeMap", "java.util.HashMap",
                  "java.util.ArrayList"}
    colls = []
    for b in range(1, n):
        if ret[b] > MB and kind[vertex[b]] != 67:
            nm = h.cnames[cls[vertex[b]]]
            if nm in coll_names or nm.startswith("com.github.benmanes.caffeine."):
                colls.append(b)
    colls.sort(key=lambda b: -ret[b])
    P("")
    P("(c) COLLECTIONS / CAFFEINE OBJECTS RETAINING > 1 MB (%d, top 40)" % len(colls))
    P("    %9s  %-36s %s" % ("ret MB", "class", "nearest app dominator  [immediate dominator.field]"))
    P("    %9s  path: dominator chain from the outermost app owner (or top object below the super-root);"
      % "")
    P("    %9s  {Class} = class of the intermediate object, ~ = dominated but not directly referenced" % "")
    for b in colls[:40]:
        a = near[b]
        s0 = outer[b] if outer[b] >= 0 else top[b]
        chain = []
        x = b
        while x != s0 and x > 0:
            chain.append(x)
            x = idom[x]
        chain.reverse()
        prev = s0
        parts = [simple(lab(s0)) if outer[b] >= 0 else "<root:%s>" % simple(lab(s0))]
        for j, c in enumerate(chain):
            fn = ref_name(h, vertex[prev], vertex[c]) or "~"
            sep = "" if fn.startswith("[") else "."
            parts.append(sep + fn + ("" if j == len(chain) - 1 else "{%s}" % simple(lab(c))))
            prev = c
        if len(parts) > 8:
            parts = parts[:3] + ["..."] + parts[-4:]
        d = idom[b]
        fn = ref_name(h, vertex[d], vertex[b]) if d > 0 else None
        P("    %9.2f  %-36s %s  [%s.%s]" % (ret[b] / MB, short(lab(b)), simple(lab(a)) if a >= 0 else "(none)",
                                            simple(lab(d)) if d > 0 else "<super-root>", fn or "~"))
        P("    %9s  path: %s" % ("", "".join(parts)))

    # ---- (d) non-application roots
    rest = defaultdict(int)
    restcnt = defaultdict(int)
    for b in range(1, n):
        if outer[b] == -1:
            rest[lab(top[b])] += sh[b]
    for b in range(1, n):
        if idom[b] == 0:
            restcnt[lab(b)] += 1
    rest_total = sum(rest.values())
    P("")
    P("(d) LIVE HEAP %.2f MB = application owners %.2f MB + rest %.2f MB" % (total / MB, app_total / MB, rest_total / MB))
    P("    rest (not under an app owner) by class of the top object below the super-root, top 20 of %d:" % len(rest))
    P("    %11s %8s  class" % ("retained MB", "roots"))
    for k, v in sorted(rest.items(), key=lambda kv: -kv[1])[:20]:
        P("    %11.2f %8d  %s" % (v / MB, restcnt.get(k, 0), k))

    # ---- extra: who dominates small value objects
    watch = ["java.lang.String", "byte[]", "java.lang.Long", "java.time.Instant"]
    widx = {}
    for nm in watch:
        if nm in h.cnames:
            widx[h.cnames.index(nm)] = nm
    agg = {nm: defaultdict(lambda: [0, 0]) for nm in watch}
    tot = {nm: [0, 0] for nm in watch}
    for b in range(1, n):
        v = vertex[b]
        nm = widx.get(cls[v])
        if nm is not None and kind[v] != 67:
            a = agg[nm][lab(near[b])]
            a[0] += 1
            a[1] += sh[b]
            tot[nm][0] += 1
            tot[nm][1] += sh[b]
    P("")
    P("(e) NEAREST APPLICATION DOMINATOR CLASS OF SMALL VALUE OBJECTS (by shallow size of dominated objects)")
    for nm in watch:
        P("  %s: %d reachable, %.2f MB shallow" % (nm, tot[nm][0], tot[nm][1] / MB))
        for k, (c, s) in sorted(agg[nm].items(), key=lambda kv: -kv[1][1])[:10]:
            P("    %9.2f MB %9d  %s" % (s / MB, c, k))

    P("")
    P("(f) BYTE ARRAYS HELD MORE THAN ONCE (the same content in several arrays: string bodies, texts)")
    byte_cls = h.cnames.index("byte[]") if "byte[]" in h.cnames else -1
    groups = {}
    for b in range(1, n):
        v = vertex[b]
        if kind[v] != 80 or cls[v] != byte_cls:
            continue
        at = h.offs[v]
        length = struct.unpack_from(">I", h.data, at - 5)[0]
        body = h.data[at:at + length]
        g = groups.get(body)
        if g is None:
            groups[body] = [1, size[v]]
        else:
            g[0] += 1
    held = sum(c * sz for c, sz in groups.values())
    copies = sum((c - 1) * sz for c, sz in groups.values())
    large = sum((c - 1) * sz for c, sz in groups.values() if sz >= 200)
    P("    %.2f MB in byte arrays, of which %.2f MB are copies of another (%.2f MB among arrays of 200 bytes or more)"
      % (held / MB, copies / MB, large / MB))
    by_start = defaultdict(int)
    for body, (c, sz) in groups.items():
        if c > 1:
            by_start[body[:12]] += (c - 1) * sz
    P("    copies by their first 12 bytes, top 15:")
    for start, nbytes in sorted(by_start.items(), key=lambda kv: -kv[1])[:15]:
        P("    %8.2f MB  %r" % (nbytes / MB, start))
    P("    most repeated contents, top 15:")
    for body, (c, sz) in sorted(groups.items(), key=lambda kv: -(kv[1][0] - 1) * kv[1][1])[:15]:
        P("    %7d copies x %7d B = %6.2f MB  %r" % (c, sz, (c - 1) * sz / MB, body[:50]))
    del groups
    P("")
    P("timing: parse %.1fs, dominators %.1fs, total %.1fs" % (t_parse, t_dom, time.time() - T0))
    print("\n".join(out))


if __name__ == "__main__":
    main()
