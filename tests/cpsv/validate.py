#!/usr/bin/env python3
"""CI: validates a CPSV-AP JSON-LD export with pySHACL against the official CPSV-AP
3.2.0 shapes (tests/cpsv/official/, SEMIC, CC BY 4.0) and the project's own stricter
shapes (tests/cpsv/cpsv-ap-shapes.ttl: what horsligne promises on top).

Usage: validate.py EXPORT.jsonld. Exit 0 when it conforms to both, 1 with the
report otherwise.
"""
import sys
from pathlib import Path

from pyshacl import validate
from rdflib import Graph

here = Path(__file__).parent
shape_files = [here / "official" / "cpsv-ap-SHACL.ttl", here / "cpsv-ap-shapes.ttl"]
data = Graph().parse(sys.argv[1], format="json-ld")
if len(data) == 0:
    sys.exit(f"{sys.argv[1]}: no triples read")
failed = False
for shapes in shape_files:
    conforms, _, text = validate(
        data, shacl_graph=Graph().parse(shapes, format="turtle"), inference="none"
    )
    print(f"{sys.argv[1]}: {len(data)} triples, {shapes.relative_to(here)}: conforms={conforms}")
    if not conforms:
        print(text)
        failed = True
sys.exit(1 if failed else 0)
