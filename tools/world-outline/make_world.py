# Builds src/Ingestion.Worker/Dashboard/world.svg from world-atlas's land-110m.json (TopoJSON).
import json, sys
t=json.load(open(sys.argv[1]))
sc=t['transform']['scale']; tr=t['transform']['translate']
arcs=[]
for arc in t['arcs']:
    x=y=0; pts=[]
    for dx,dy in arc:
        x+=dx;y+=dy
        pts.append((x*sc[0]+tr[0], y*sc[1]+tr[1]))
    arcs.append(pts)
arcpts=lambda i: arcs[i] if i>=0 else arcs[~i][::-1]
rings=[]
def geom(g):
    if g['type']=='GeometryCollection':
        for gg in g['geometries']: geom(gg)
        return
    polys=[g['arcs']] if g['type']=='Polygon' else g['arcs'] if g['type']=='MultiPolygon' else []
    for poly in polys:
        for ring in poly:
            pts=[]
            for a in ring:
                p=arcpts(a); pts.extend(p if not pts else p[1:])
            rings.append(pts)
for o in t['objects'].values(): geom(o)
parts=[]
for r in rings:
    out=[]
    for lon,lat in r:
        p=(round((lon+180)*2)/2, round((90-lat)*2)/2)
        if not out or out[-1]!=p: out.append(p)
    # Rings cut at the antimeridian jump from one map edge to the other: split them there and close each run
    # along the edge, so no stroke crosses the whole map.
    runs=[[out[0]]]
    for a,b in zip(out,out[1:]):
        if abs(a[0]-b[0])>180: runs.append([])
        runs[-1].append(b)
    if len(runs)>1: runs[0]=runs.pop()+runs[0]
    for run in runs:
        if len(run)<3: continue
        f=lambda v: '%g'%v
        parts.append('M'+' '.join(f(x)+','+f(y) for x,y in run)+'Z')
svg=('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180"><!-- Land outline: Natural Earth 1:110m land '
     '(public domain) via the world-atlas 2.0.2 npm package (ISC licence, Michael Bostock); equirectangular, '
     'x = lon + 180, y = 90 - lat, rounded to 0.5 degree; made by tools/world-outline/make_world.py. -->'
     '<path class="land" d="'+''.join(parts)+'"/></svg>\n')
open(sys.argv[2],'w').write(svg)
print(len(svg), len(parts))
